extension KnowledgeGraph {
    /// The graph's entities by id and relations by key, the order every
    /// export uses, read in place (no copy of entities or relations).
    public struct SortedView: Sendable {
        /// The entities, by id.
        public let entities: OrderedValues<EntityID, Entity>
        /// The relations, by key: head, tail, then kind.
        public let relations: OrderedValues<RelationKey, Relation>
        /// For each relation in `relations`, the positions of its head and tail in `entities`.
        fileprivate let ends: [(head: UInt32, tail: UInt32)]

        /// The head and tail entities of the relation at `position` of `relations`, read in place.
        ///
        /// - Complexity: O(1).
        public func ends(ofRelationAt position: Int) -> (head: Int, tail: Int) {
            (Int(ends[position].head), Int(ends[position].tail))
        }
    }

    /// The entities sorted by id and the relations sorted by key.
    ///
    /// Relations are ordered by their ends' ranks among the sorted ids and
    /// their kind's ordinal, integers only, so *r* relations cost *r* id
    /// lookups, not O(*r* log *r*) string comparisons.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r*) for *n* entities and *r* relations.
    public var sorted: SortedView { sorted(jobs: 1) }

    /// The entities sorted by id and the relations sorted by key, the
    /// relations' ranks looked up and sorted on up to `jobs` threads; the view
    /// is the same for any `jobs`, since no two relations have the same key.
    ///
    /// - Precondition: `jobs` ≥ 1.
    /// - Complexity: as `sorted`, the relations' part spread over `jobs` threads.
    public func sorted(jobs: Int) -> SortedView {
        precondition(jobs >= 1, "at least one job")
        precondition(entities.count <= Int(UInt32.max), "ranks are 32-bit")
        let ids = entities.keys.sorted()
        var rank = [EntityID: UInt32](minimumCapacity: ids.count)
        for (position, id) in ids.enumerated() { rank[id] = UInt32(position) }
        let order = RelationOrder(relations: relations, rank: rank, jobs: jobs).entries
        return SortedView(entities: OrderedValues(entities, positions: ids.map { entities.index(forKey: $0)! }),
                          relations: OrderedValues(relations, positions: order.map(\.index)),
                          ends: order.map { (UInt32(truncatingIfNeeded: $0.ends >> 32), UInt32(truncatingIfNeeded: $0.ends)) })
    }

    /// Entities sorted by id: the order every export uses.
    ///
    /// - Complexity: O(*n* log *n*).
    public var sortedEntities: [Entity] {
        entities.keys.sorted().map { entities[$0]! }
    }

    /// Relations sorted by key: the order every export uses.
    ///
    /// - Complexity: as `sorted`.
    public var sortedRelations: [Relation] {
        Array(sorted.relations)
    }
}

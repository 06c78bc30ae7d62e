/// A typed graph of entities and the relations between them.
///
/// Invariants: every relation's ends are entities of the graph; no pair of
/// entities has both a typed relation and `co_occurs_with`.
public struct KnowledgeGraph: Hashable, Sendable {
    /// The entities by id.
    public private(set) var entities: [EntityID: Entity] = [:]
    /// The relations by key.
    public private(set) var relations: [RelationKey: Relation] = [:]
    private var typedPairs: [EntityPair: Int] = [:]

    /// Creates an empty graph.
    public init() {}

    /// Adds an entity, merging it into the entity of the same id if there is one.
    ///
    /// - Complexity: O(1) for a new entity; O(*m* log *m*) to merge *m* mentions.
    public mutating func add(_ entity: Entity) {
        if var existing = entities[entity.id] {
            existing.absorb(entity)
            entities[entity.id] = existing
        } else {
            entities[entity.id] = entity
        }
    }

    /// Adds a relation between two entities of the graph, merging it with the
    /// same relation if present. A typed relation replaces the pair's
    /// `co_occurs_with`; a `co_occurs_with` for a pair that has a typed relation
    /// is dropped.
    ///
    /// - Precondition: both ends are entities of the graph.
    /// - Complexity: O(1) amortized, plus O(*e* log *e*) to merge evidence.
    public mutating func add(_ relation: Relation) {
        precondition(entities[relation.head] != nil && entities[relation.tail] != nil,
                     "a relation's ends must be entities of the graph")
        let pair = relation.key.pair
        let cooccurrence = RelationKey(head: pair.first, kind: .coOccursWith, tail: pair.second)
        if relation.kind.isTyped {
            relations[cooccurrence] = nil
        } else if typedPairs[pair, default: 0] > 0 {
            return
        }
        if var existing = relations[relation.key] {
            existing.absorb(relation)
            relations[relation.key] = existing
        } else {
            relations[relation.key] = relation
            if relation.kind.isTyped { typedPairs[pair, default: 0] += 1 }
        }
    }

    /// Adds many records at once: records of one entity (or one relation) are
    /// merged in a single pass, which is much faster than adding them one by one.
    ///
    /// - Complexity: O(*m* log *m* + *e* log *e*) in all mentions and evidence.
    public mutating func add(entities newEntities: [Entity], relations newRelations: [Relation]) {
        entities.reserveCapacity(entities.count + newEntities.count)
        for records in Self.groups(of: newEntities, by: \.id) { add(records.count == 1 ? records[0] : Entity.merging(records)) }
        relations.reserveCapacity(relations.count + newRelations.count)
        for records in Self.groups(of: newRelations, by: \.key) { add(records.count == 1 ? records[0] : Relation.merging(records)) }
    }

    /// The records grouped by key, in the order of each group's first record;
    /// a record whose key is unique costs one hash lookup and no group array
    /// beyond its own.
    ///
    /// - Complexity: O(*n*) on average.
    private static func groups<Record, Key: Hashable>(of records: [Record], by key: (Record) -> Key) -> [[Record]] {
        var first: [Key: Int] = Dictionary(minimumCapacity: records.count)
        var others: [Int: [Int]] = [:]
        var order: [Int] = []
        for (index, record) in records.enumerated() {
            let recordKey = key(record)
            if let leader = first[recordKey] {
                others[leader, default: []].append(index)
            } else {
                first[recordKey] = index
                order.append(index)
            }
        }
        return order.map { leader in [records[leader]] + (others[leader] ?? []).map { records[$0] } }
    }

    /// Adds every entity and relation of another graph.
    ///
    /// The result does not depend on the order in which graphs are merged.
    ///
    /// - Complexity: O(*n* + *r*) in the other graph's entities and relations, plus merging costs.
    public mutating func merge(_ other: KnowledgeGraph) {
        for id in other.entities.keys.sorted() { add(other.entities[id]!) }
        for key in other.relations.keys.sorted() { add(other.relations[key]!) }
    }

    /// Entities sorted by id: the order every export uses.
    ///
    /// - Complexity: O(*n* log *n*).
    public var sortedEntities: [Entity] {
        entities.keys.sorted().map { entities[$0]! }
    }

    /// Relations sorted by key: the order every export uses.
    ///
    /// - Complexity: O(*r* log *r*).
    public var sortedRelations: [Relation] {
        relations.keys.sorted().map { relations[$0]! }
    }

    /// The entity with this id, if any.
    public subscript(id: EntityID) -> Entity? { entities[id] }
}

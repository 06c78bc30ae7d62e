/// A typed graph of entities and the relations between them.
///
/// Invariants: every relation's ends are entities of the graph; no pair of
/// entities has both a typed relation and `co_occurs_with`.
public struct KnowledgeGraph: Hashable, Sendable {
    /// The entities by id.
    public private(set) var entities: [EntityID: Entity] = [:]
    /// The relations by key.
    public private(set) var relations: [RelationKey: Relation] = [:]
    /// How many of `relations` are `co_occurs_with`.
    private var coOccurrenceCount = 0
    /// The pairs that have a typed relation, built when a `co_occurs_with` is
    /// first added and kept up to date from then on; `nil` before (a graph
    /// read from a file of typed relations never needs it).
    private var typedPairs: Set<EntityPair>?

    /// Creates an empty graph.
    public init() {}

    /// Whether two graphs hold the same entities and relations.
    public static func == (lhs: KnowledgeGraph, rhs: KnowledgeGraph) -> Bool {
        lhs.entities == rhs.entities && lhs.relations == rhs.relations
    }

    /// Hashes the entities and relations.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entities)
        hasher.combine(relations)
    }

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
        precondition(entities.index(forKey: relation.head) != nil && entities.index(forKey: relation.tail) != nil,
                     "a relation's ends must be entities of the graph")
        if relation.kind.isTyped {
            if coOccurrenceCount > 0 { removeCoOccurrence(of: relation.key.pair) }
        } else if typedPairsBuilt().contains(relation.key.pair) {
            return
        }
        store(relation)
    }

    /// Removes the `co_occurs_with` of `pair`, if there is one.
    ///
    /// - Complexity: O(1) on average.
    private mutating func removeCoOccurrence(of pair: EntityPair) {
        if relations.removeValue(forKey: RelationKey(head: pair.first, kind: .coOccursWith, tail: pair.second)) != nil {
            coOccurrenceCount -= 1
        }
    }

    /// Puts a relation whose pair rules allow it into the table, merging it
    /// with the same relation if present.
    ///
    /// - Complexity: O(1) amortized, plus O(*e* log *e*) to merge evidence.
    private mutating func store(_ relation: Relation) {
        if let index = relations.index(forKey: relation.key) {
            relations.values[index].absorb(relation)
        } else {
            relations[relation.key] = relation
            if relation.kind.isTyped {
                typedPairs?.insert(relation.key.pair)
            } else {
                coOccurrenceCount += 1
            }
        }
    }

    /// The pairs that have a typed relation, built on first use.
    ///
    /// - Complexity: O(*r*) the first time, O(1) after.
    private mutating func typedPairsBuilt() -> Set<EntityPair> {
        if let typedPairs { return typedPairs }
        var pairs = Set<EntityPair>(minimumCapacity: relations.count - coOccurrenceCount)
        for key in relations.keys where key.kind.isTyped { pairs.insert(key.pair) }
        typedPairs = pairs
        return pairs
    }

    /// Adds many records at once: records of one entity (or one relation) are
    /// merged in a single pass, which is much faster than adding them one by
    /// one. A relation whose key is new costs what `add(_:)` costs; the
    /// records of a key met again are merged once, at the end.
    ///
    /// - Complexity: O(*m* log *m* + *e* log *e*) in all mentions and evidence.
    public mutating func add(entities newEntities: [Entity], relations newRelations: [Relation]) {
        add(entities: newEntities, relationBatches: [newRelations])
    }

    /// Adds many records at once, as `add(entities:relations:)` does, with the
    /// relations in batches (the parts of a file read on several threads, say)
    /// so that they need not be copied into one array first. Relations are
    /// moved out of the batches, so batches no one else holds are not copied.
    ///
    /// - Precondition: every relation's ends are entities of the graph once the entities are added.
    /// - Complexity: O(*r*) on average in the relations, plus merging:
    ///   O(*m* log *m* + *e* log *e*) in all mentions and evidence.
    public mutating func add(entities newEntities: [Entity], relationBatches: consuming [[Relation]]) {
        entities.reserveCapacity(entities.count + newEntities.count)
        Self.forEachGroup(of: newEntities, by: \.id) { add($0.count == 1 ? $0[$0.startIndex] : Entity.merging(Array($0))) }
        var table = RelationTable(capacity: relationBatches.reduce(0) { $0 + $1.count })
        for index in relationBatches.indices {
            var batch: [Relation] = []
            swap(&batch, &relationBatches[index])
            // Relations read from a file come sorted by head: each head is looked up once.
            var knownHead: EntityID?
            for relation in batch {
                precondition((relation.head == knownHead || entities.index(forKey: relation.head) != nil)
                             && entities.index(forKey: relation.tail) != nil,
                             "a relation's ends must be entities of the graph")
                knownHead = relation.head
            }
            table.insert(batch)
        }
        add(consume table)
    }

    /// Adds the relations of a table, as adding its records one by one would.
    ///
    /// Onto a graph without relations, the table becomes the graph's relations
    /// without inserting them again; then the co-occurrences of pairs that have
    /// a typed relation are dropped, found in one pass over the keys.
    ///
    /// - Precondition: every relation's ends are entities of the graph. The
    ///   caller vouches for it (a reader that made the relations from the
    ///   entities it read, say); it is checked in debug builds only.
    /// - Complexity: O(*r*) on average in the table's records, plus merging.
    package mutating func add(_ table: consuming RelationTable) {
        var records: [RelationKey: Relation] = [:]
        let coOccurringPairs = table.merge(into: &records)
        assert(records.keys.allSatisfy { entities[$0.head] != nil && entities[$0.tail] != nil },
               "a relation's ends must be entities of the graph")
        guard relations.isEmpty else {
            for relation in records.values where relation.kind.isTyped { add(relation) }
            for relation in records.values where !relation.kind.isTyped { add(relation) }
            return
        }
        swap(&relations, &records)
        typedPairs = nil
        guard !coOccurringPairs.isEmpty else { return }
        var typedCoOccurringPairs: [EntityPair] = []
        for key in relations.keys where key.kind.isTyped && coOccurringPairs.contains(key.pair) {
            typedCoOccurringPairs.append(key.pair)
        }
        coOccurrenceCount = coOccurringPairs.count
        for pair in typedCoOccurringPairs { removeCoOccurrence(of: pair) }
    }

    /// Calls `body` with the records of each key, in the order of each key's
    /// first record; a record whose key is unique costs one hash lookup and a
    /// one-element slice.
    ///
    /// - Complexity: O(*n*) on average, besides `body`.
    private static func forEachGroup<Record, Key: Hashable>(of records: [Record], by key: (Record) -> Key,
                                                           _ body: (ArraySlice<Record>) -> Void) {
        var first: [Key: Int] = Dictionary(minimumCapacity: records.count)
        var others: [Int: [Int]] = [:]
        var order: [Int] = []
        order.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            let recordKey = key(record)
            if let leader = first[recordKey] {
                others[leader, default: []].append(index)
            } else {
                first[recordKey] = index
                order.append(index)
            }
        }
        first = [:]
        for leader in order {
            if let rest = others[leader] {
                body(ArraySlice([records[leader]] + rest.map { records[$0] }))
            } else {
                body(records[leader...leader])
            }
        }
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

    /// The entity with this id, if any.
    public subscript(id: EntityID) -> Entity? { entities[id] }
}

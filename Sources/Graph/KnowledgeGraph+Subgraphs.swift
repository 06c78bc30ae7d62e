extension KnowledgeGraph {
    /// The entities that pass a test and the relations whose both ends pass it
    /// and that pass their own test.
    ///
    /// - Complexity: O(*n* + *r*) plus the cost of adding them to the new graph.
    public func subgraph(entities keepEntity: (Entity) -> Bool,
                         relations keepRelation: (Relation) -> Bool = { _ in true }) -> KnowledgeGraph {
        var result = KnowledgeGraph()
        for id in entities.keys.sorted() where keepEntity(entities[id]!) { result.add(entities[id]!) }
        for key in relations.keys.sorted() {
            let relation = relations[key]!
            if result[key.head] != nil, result[key.tail] != nil, keepRelation(relation) { result.add(relation) }
        }
        return result
    }

    /// The entities of the given types and the relations among them.
    ///
    /// - Complexity: O(*n* + *r*) plus the cost of adding them to the new graph.
    public func subgraph(types: Set<EntityType>) -> KnowledgeGraph {
        subgraph(entities: { types.contains($0.type) })
    }

    /// The relations of the given kinds and the entities they link (entities with
    /// none of those relations are left out).
    ///
    /// - Complexity: O(*n* + *r*) plus the cost of adding them to the new graph.
    public func subgraph(kinds: Set<RelationKind>) -> KnowledgeGraph {
        var ends = Set<EntityID>()
        for (key, _) in relations where kinds.contains(key.kind) {
            ends.insert(key.head)
            ends.insert(key.tail)
        }
        return subgraph(entities: { ends.contains($0.id) }, relations: { kinds.contains($0.kind) })
    }

    /// What one document says: the entities mentioned in it and the relations
    /// among them that it states (evidence from that document). Entities and
    /// relations keep all their mentions and evidence.
    ///
    /// - Complexity: O(*m* + *e*) in all mentions and evidence, plus adding them to the new graph.
    public func subgraph(document: String) -> KnowledgeGraph {
        subgraph(entities: { $0.mentions.contains { $0.document == document } },
                 relations: { $0.evidence.contains { $0.document == document } })
    }
}

extension KnowledgeGraph {
    /// The entities whose id, label or an alias matches a name, ignoring case,
    /// spacing and punctuation ("huggingface" finds "Hugging Face"); sorted by id.
    ///
    /// - Complexity: O(*n* · *a*) for *n* entities with at most *a* aliases.
    public func entities(named name: String) -> [Entity] {
        let key = EntityID.key(for: name)
        guard !key.isEmpty else { return [] }
        return sortedEntities.filter { entity in
            entity.id.rawValue == name || EntityID.key(for: entity.label) == key
                || entity.aliases.contains { EntityID.key(for: $0) == key }
        }
    }

    /// The relations that link two entities, in either direction, sorted by key.
    ///
    /// - Complexity: O(*r* log *r*) in the number of relations.
    public func relations(between a: EntityID, and b: EntityID) -> [Relation] {
        sortedRelations.filter { ($0.head == a && $0.tail == b) || ($0.head == b && $0.tail == a) }
    }
}

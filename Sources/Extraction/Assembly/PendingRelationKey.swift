import Graph

/// A relation between ends as a ``GraphBuilder`` files them before names are resolved;
/// a symmetric relation's ends are in `EntityEnd` order.
struct PendingRelationKey: Hashable, Sendable {
    /// The subject end.
    var head: EntityEnd
    /// The relation name.
    var kind: RelationKind
    /// The object end.
    var tail: EntityEnd

    /// A relation and one sentence that states it.
    struct Stated: Hashable {
        /// The relation.
        var key: PendingRelationKey
        /// The sentence.
        var evidence: Evidence

        /// Hashes the relation and where the sentence stands, not its text: the
        /// sentences of one document differ in place.
        func hash(into hasher: inout Hasher) {
            hasher.combine(key)
            hasher.combine(evidence.start)
            hasher.combine(evidence.end)
        }
    }
}

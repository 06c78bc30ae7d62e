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
}

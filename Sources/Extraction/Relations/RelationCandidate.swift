import Graph

/// A relation a rule found between two entities of a document.
struct RelationCandidate: Hashable, Sendable {
    let head: Int
    let kind: RelationKind
    let tail: Int
    let sentence: Int
    let confidence: Double
    let rule: String
    /// Words of the sentence that refer to an end without naming it ("the company",
    /// the verb that reports an event): mentions the rule adds to that end.
    var anchors: [Anchor] = []
}

/// A span that a relation rule found referring to an entity.
struct Anchor: Hashable, Sendable {
    /// Index of the entity in the document's entity list.
    let entity: Int
    /// The words that refer to it.
    let span: NameSpan
}

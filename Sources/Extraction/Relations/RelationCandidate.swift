import Graph

/// A relation a rule found between two entities of a document.
struct RelationCandidate: Hashable, Sendable {
    let head: Int
    let kind: RelationKind
    let tail: Int
    let sentence: Int
    let confidence: Double
    let rule: String
}

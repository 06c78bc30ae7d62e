import Graph

/// A stretch of tokens in one sentence that names something.
struct NameSpan: Hashable, Sendable {
    /// The index of the sentence in its document.
    let sentence: Int
    /// The token indices within the sentence.
    let tokens: Range<Int>
    /// Offset of the first scalar in the document.
    let start: Int
    /// Offset one past the last scalar.
    let end: Int
    /// The name as written.
    let text: String
    /// Evidence for its type found in and around the span.
    var votes: TypeVotes
    /// The statistical tagger's label for the span, weighted by its confidence.
    var modelVotes = TypeVotes()
    /// How the span refers to its entity.
    var form: Mention.Form = .name
    /// Whether the span stands where capitals prove nothing (a sentence's first word
    /// that is also a common word) and needs support from elsewhere in the document.
    var needsSupport: Bool

    /// Whether two spans share a scalar.
    func overlaps(_ other: NameSpan) -> Bool {
        sentence == other.sentence && start < other.end && other.start < end
    }
}

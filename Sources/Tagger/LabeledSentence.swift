/// A sentence of tokens with one gold ``BIOTag`` per token, as read from a CoNLL file.
public struct LabeledSentence: Hashable, Sendable {
    /// The sentence's tokens.
    public var tokens: [String]
    /// One tag per token.
    public var tags: [BIOTag]

    /// Creates a sentence; `tags` must have as many elements as `tokens`.
    public init(tokens: [String], tags: [BIOTag]) {
        precondition(tokens.count == tags.count, "one tag per token")
        self.tokens = tokens
        self.tags = tags
    }
}

extension Array where Element == LabeledSentence {
    /// Groups the sentences into documents of `size` consecutive sentences, the way the
    /// evaluation script rebuilds documents from a CoNLL file.
    /// - Complexity: O(n) in the number of sentences.
    public func documents(ofSize size: Int = 20) -> [[LabeledSentence]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

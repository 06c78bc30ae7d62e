/// A sentence (or a heading line) of a document and its tokens.
public struct Sentence: Hashable, Sendable {
    /// Position of the sentence in its document, from 0.
    public var index: Int
    /// Offset of the sentence's first scalar in the document text.
    public var start: Int
    /// Offset one past the sentence's last scalar.
    public var end: Int
    /// The sentence text.
    public var text: String
    /// The tokens, in order.
    public var tokens: [Token]
    /// Whether the sentence is a title-case heading line, where capitals say nothing about names.
    public var isHeading: Bool

    /// Creates a sentence.
    public init(index: Int, start: Int, end: Int, text: String, tokens: [Token], isHeading: Bool) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.tokens = tokens
        self.isHeading = isHeading
    }
}

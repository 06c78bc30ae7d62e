/// A sentence of a document that states a relation or contains a mention.
public struct Evidence: Hashable, Codable, Comparable, Sendable {
    /// The name of the document the sentence comes from.
    public var document: String
    /// Offset of the sentence's first Unicode scalar in the document text.
    public var start: Int
    /// Offset one past the sentence's last Unicode scalar (end exclusive).
    public var end: Int
    /// The sentence text.
    public var sentence: String

    /// Creates evidence from a sentence and where it stands in its document.
    public init(document: String, start: Int, end: Int, sentence: String) {
        precondition(start <= end, "evidence range must not be reversed")
        self.document = document
        self.start = start
        self.end = end
        self.sentence = sentence
    }

    /// Orders evidence by document, then position, then sentence (evidence read
    /// from a file has no positions).
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.sentence) < (rhs.document, rhs.start, rhs.end, rhs.sentence)
    }
}

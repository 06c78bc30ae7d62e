/// One occurrence of an entity's name in a document.
public struct Mention: Hashable, Codable, Comparable, Sendable {
    /// The name of the document.
    public var document: String
    /// Offset of the first Unicode scalar of the mention in the document text.
    public var start: Int
    /// Offset one past the last Unicode scalar (end exclusive).
    public var end: Int
    /// The text of the mention as written.
    public var text: String
    /// The type the extractor gave this mention.
    public var type: EntityType
    /// The sentence that holds the mention.
    public var sentence: Evidence

    /// Creates a mention.
    public init(document: String, start: Int, end: Int, text: String, type: EntityType, sentence: Evidence) {
        precondition(start < end, "a mention covers at least one scalar")
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.sentence = sentence
    }

    /// Orders mentions by document, then position.
    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}

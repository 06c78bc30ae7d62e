/// One occurrence of an entity's name in a document.
public struct Mention: Hashable, Codable, Comparable, Sendable {
    /// How a mention refers to its entity.
    public enum Form: String, Hashable, Codable, Sendable {
        /// By name: "Acme Corp", "Jane Roe", "the Vexa leak".
        case name
        /// By a common noun that stands for it: "the leak", "the company".
        case nominal
        /// By the verb that reports an event: "uploaded", "leaked".
        case verb
    }

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
    /// How the mention refers to the entity.
    public var form: Form

    /// Creates a mention.
    public init(document: String, start: Int, end: Int, text: String, type: EntityType, sentence: Evidence, form: Form = .name) {
        precondition(start < end, "a mention covers at least one scalar")
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.sentence = sentence
        self.form = form
    }

    /// Orders mentions by document, then position.
    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}

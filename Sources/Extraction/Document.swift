/// The text of one input article, as read from its file.
public struct Document: Hashable, Sendable {
    /// How the text was obtained from the file.
    public enum Format: String, Hashable, Sendable {
        /// Plain text (`.txt`), taken as is but for a leading front matter block.
        case plain
        /// Markdown (`.md`), taken as is but for a leading front matter block.
        case markdown
        /// HTML (`.html`, `.htm`): the visible text, scripts and styles dropped.
        case html
    }

    /// The document's name in the graph: its path relative to the input it was found under.
    public var name: String
    /// The text; offsets everywhere count Unicode scalars into it.
    public var text: String
    /// Where the text came from.
    public var format: Format
    /// The day the article was published as an ISO 8601 calendar date, `YYYY-MM-DD`, when its
    /// file states it (front matter, HTML `<meta>` tags, JSON-LD or `<time>`); nil otherwise.
    public var publicationDate: String?

    /// Creates a document.
    public init(name: String, text: String, format: Format = .plain, publicationDate: String? = nil) {
        self.name = name
        self.text = text
        self.format = format
        self.publicationDate = publicationDate
    }
}

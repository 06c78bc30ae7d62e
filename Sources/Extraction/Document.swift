/// The text of one input article, as read from its file.
public struct Document: Hashable, Sendable {
    /// How the text was obtained from the file.
    public enum Format: String, Hashable, Sendable {
        /// Plain text (`.txt`), taken as is.
        case plain
        /// Markdown (`.md`), taken as is.
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

    /// Creates a document.
    public init(name: String, text: String, format: Format = .plain) {
        self.name = name
        self.text = text
        self.format = format
    }
}

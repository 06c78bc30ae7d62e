extension Document.Format {
    /// The format for a file name or path by its extension (case-insensitive):
    /// `.txt` plain, `.md`/`.markdown` markdown, `.html`/`.htm` html; `nil` for any other.
    public init?(fileName: String) {
        let lastComponent = fileName.split(separator: "/").last ?? ""
        guard let dot = lastComponent.lastIndex(of: "."), dot != lastComponent.startIndex else {
            return nil
        }
        switch lastComponent[lastComponent.index(after: dot)...].lowercased() {
        case "txt": self = .plain
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }
}

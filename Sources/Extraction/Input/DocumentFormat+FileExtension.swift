extension Document.Format {
    /// The format for a file name or path by its extension (case-insensitive):
    /// `.txt` plain, `.md`/`.markdown` markdown, `.html`/`.htm` html; `nil` for any other.
    public init?(fileName: String) {
        // The last non-empty component, searched for from the end (splitting the whole path costs more).
        var end = fileName.endIndex
        while end > fileName.startIndex, fileName[fileName.index(before: end)] == "/" { end = fileName.index(before: end) }
        let path = fileName[..<end]
        let lastComponent = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path
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

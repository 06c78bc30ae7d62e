/// A YAML-style front matter block at the very top of a plain text or Markdown file, as static
/// site generators write it: a `---` line, `key: value` lines, and a closing `---` (or `...`) line.
struct FrontMatter: Hashable {
    /// One `key: value` line of the block.
    struct Field: Hashable {
        /// The key, as written.
        var key: String
        /// The value: surrounding quotes, a trailing `# comment` and surrounding whitespace dropped.
        var value: String
    }

    /// The block's fields in order; nested, list and comment lines are skipped.
    var fields: [Field]
    /// The text after the block, without the blank lines that follow it.
    var body: String

    /// Splits the front matter off `text`; nil unless `text` opens with a closed block that has
    /// at least one field and whose every other line is blank, a comment, indented or a list
    /// item, so that a Markdown file opening with a thematic break is left alone.
    init?(splitting text: String) {
        var rest = Substring(text)
        guard let opening = Self.nextLine(&rest), Self.isFence(opening, ["---"]) else { return nil }
        var fields: [Field] = []
        while true {
            guard let line = Self.nextLine(&rest) else { return nil }
            if Self.isFence(line, ["---", "..."]) { break }
            guard let first = line.first, !first.isWhitespace, first != "#", first != "-" else { continue }
            guard let field = Field(line: line) else { return nil }
            fields.append(field)
        }
        guard !fields.isEmpty else { return nil }
        while let end = rest.firstIndex(of: "\n"), rest[..<end].allSatisfy(\.isWhitespace) {
            rest = rest[rest.index(after: end)...]
        }
        self.fields = fields
        self.body = String(rest)
    }

    /// The line at the start of `text`, without its line feed, which is consumed; nil at the end.
    private static func nextLine(_ text: inout Substring) -> Substring? {
        guard !text.isEmpty else { return nil }
        let end = text.firstIndex(of: "\n") ?? text.endIndex
        defer { text = end == text.endIndex ? text[end...] : text[text.index(after: end)...] }
        return text[..<end]
    }

    /// Whether `line` is one of `fences`, trailing whitespace ignored.
    private static func isFence(_ line: Substring, _ fences: Set<Substring>) -> Bool {
        line.first?.isWhitespace == false && fences.contains(line.trimmingWhitespace())
    }
}

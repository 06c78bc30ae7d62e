extension FrontMatter.Field {
    /// The field a `key: value` line states; nil if `line` has no key followed by a colon and
    /// whitespace or the end of the line.
    init?(line: Substring) {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingWhitespace()
        var value = line[line.index(after: colon)...]
        guard !key.isEmpty, value.first?.isWhitespace ?? true else { return nil }
        value = value.trimmingWhitespace()
        if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
            value = value.dropFirst().dropLast()
        } else if let comment = value.firstRange(of: " #") {
            value = value[..<comment.lowerBound].trimmingWhitespace()
        }
        self.init(key: String(key), value: String(value))
    }
}

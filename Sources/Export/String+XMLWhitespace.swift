extension String {
    /// The text without leading and trailing XML white space (space, tab, CR, LF).
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var trimmingXMLWhitespace: Substring {
        guard let first = firstIndex(where: { !$0.isXMLWhitespace }),
              let last = lastIndex(where: { !$0.isXMLWhitespace }) else { return "" }
        return self[first...last]
    }
}

extension Character {
    /// Whether the character is XML white space: space, tab, CR, LF (or CR LF, one character in Swift).
    var isXMLWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\r\n"
    }
}

extension String {
    /// The text without leading and trailing XML white space (space, tab, CR, LF).
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var trimmingXMLWhitespace: Substring {
        let utf8 = self.utf8
        if let head = utf8.first, let tail = utf8.last, !Self.isXMLWhitespace(head), !Self.isXMLWhitespace(tail) {
            return self[...]
        }
        guard let first = firstIndex(where: { !$0.isXMLWhitespace }),
              let last = lastIndex(where: { !$0.isXMLWhitespace }) else { return "" }
        return self[first...last]
    }

    /// Whether a UTF-8 byte is XML white space.
    private static func isXMLWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

extension Character {
    /// Whether the character is XML white space: space, tab, CR, LF (or CR LF, one character in Swift).
    var isXMLWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\r\n"
    }
}

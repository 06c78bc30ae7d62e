extension String {
    /// The text without leading and trailing XML white space (space, tab, CR, LF).
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var trimmingXMLWhitespace: Substring {
        let utf8 = self.utf8
        if let head = utf8.first, let tail = utf8.last, !head.isXMLWhitespace, !tail.isXMLWhitespace {
            return self[...]
        }
        guard let first = firstIndex(where: { !$0.isXMLWhitespace }),
              let last = lastIndex(where: { !$0.isXMLWhitespace }) else { return "" }
        return self[first...last]
    }
}

extension UInt8 {
    /// Whether the UTF-8 byte is XML white space: space, tab, CR or LF.
    var isXMLWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}

extension Character {
    /// Whether the character is XML white space: space, tab, CR, LF (or CR LF, one character in Swift).
    var isXMLWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\r\n"
    }
}

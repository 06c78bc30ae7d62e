extension String {
    /// The text with every character XML 1.0 forbids replaced by U+FFFD
    /// (REPLACEMENT CHARACTER), so it can reach an XML writer unchanged otherwise.
    ///
    /// XML 1.0 allows tab, line feed, carriage return, U+0020...U+D7FF and
    /// U+E000...U+10FFFF except U+FFFE and U+FFFF; surrogates cannot occur in a
    /// Swift string. So the C0 controls other than tab, LF and CR (including
    /// NUL) and U+FFFE/U+FFFF are the ones replaced.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var xmlSafe: String {
        guard !isAllowedInXML else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0.isAllowedInXML ? $0 : "\u{FFFD}" }))
    }

    /// Whether XML 1.0 allows every character of the text: a scan of its UTF-8
    /// bytes, without decoding them.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    var isAllowedInXML: Bool {
        utf8.withContiguousStorageIfAvailable(Self.allowedInXML) ?? unicodeScalars.allSatisfy(\.isAllowedInXML)
    }

    /// Whether well-formed UTF-8 `bytes` hold only characters XML 1.0 allows:
    /// no C0 control but tab, LF and CR, and neither U+FFFE (EF BF BE) nor U+FFFF (EF BF BF).
    private static func allowedInXML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                return false
            }
            index += 1
        }
        return true
    }
}

extension Unicode.Scalar {
    /// Whether XML 1.0 allows this character in a document (production `Char`).
    var isAllowedInXML: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

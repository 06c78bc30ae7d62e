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
        guard unicodeScalars.contains(where: { !$0.isAllowedInXML }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0.isAllowedInXML ? $0 : "\u{FFFD}" }))
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

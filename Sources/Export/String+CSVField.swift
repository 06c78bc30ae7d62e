extension String {
    /// The text as one RFC 4180 CSV field: characters XML 1.0 forbids (NUL
    /// and the other C0 controls but tab, LF and CR) replaced by U+FFFD as in
    /// every kg export, then quoted with `"` doubled when it holds a comma,
    /// a quote, a line feed or a carriage return, or starts or ends with a space.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var csvField: String {
        let safe = xmlSafe
        let needsQuotes = safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || safe.hasPrefix(" ") || safe.hasSuffix(" ")
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

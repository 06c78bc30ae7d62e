extension String {
    /// The text as one RFC 4180 CSV field: characters XML 1.0 forbids (NUL
    /// and the other C0 controls but tab, LF and CR) replaced by U+FFFD as in
    /// every kg export, then quoted with `"` doubled when it holds a comma,
    /// a quote, a line feed or a carriage return, or starts or ends with a space.
    /// Quotes and spaces are found by Unicode scalar, so a `"` or space followed
    /// by a combining mark (one `Character` with it) counts too.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var csvField: String {
        let safe = xmlSafe.unicodeScalars
        let needsQuotes = safe.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || safe.first == " " || safe.last == " "
        guard needsQuotes else { return String(safe) }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in safe {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}

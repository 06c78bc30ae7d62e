extension String {
    /// The text as a JSON string literal (RFC 8259): `"` and `\` escaped,
    /// control characters U+0000...U+001F and U+007F as `\n`, `\t`, ... or
    /// `\u00XX`, and U+2028/U+2029 as `\u2028`/`\u2029` so the output is also
    /// valid JavaScript; every other character is kept as UTF-8.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var jsonQuoted: String {
        var result = "\""
        result.unicodeScalars.reserveCapacity(unicodeScalars.count + 2)
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let digits = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

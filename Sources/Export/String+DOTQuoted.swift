extension String {
    /// The text as a DOT quoted string, quotes included, that no input can
    /// break out of.
    ///
    /// `"` becomes `\"` and `\` becomes `\\`; a line break (LF, CR, CR LF,
    /// U+0085, U+2028, U+2029) becomes `\n` (a centred line break in labels);
    /// a tab becomes a space; any other control character, and U+FFFE/U+FFFF
    /// (which would make Graphviz's SVG invalid XML), becomes U+FFFD.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var dotQuoted: String {
        dotQuoted(escapingAmpersands: false)
    }

    /// The text as a quoted DOT label: like `dotQuoted`, and `&` becomes
    /// `&amp;`, because Graphviz decodes HTML entities in labels; so a name
    /// like `AT&amp;T` or `&lt;` is shown as written.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var dotQuotedLabel: String {
        dotQuoted(escapingAmpersands: true)
    }

    private func dotQuoted(escapingAmpersands: Bool) -> String {
        var result = "\""
        var afterCarriageReturn = false
        for scalar in unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterCarriageReturn: continue
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": result += "\\n"
            case "\t": result += " "
            case "&" where escapingAmpersands: result += "&amp;"
            case "\u{FFFE}", "\u{FFFF}": result.unicodeScalars.append("\u{FFFD}")
            case _ where scalar.properties.generalCategory == .control: result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

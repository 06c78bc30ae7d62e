import Graph

/// One mention as a JSON Lines record of `kg extract` (see spec/formats.md).
struct MentionLine {
    let mention: Mention
    let entity: String
    let fromHTML: Bool

    /// The record, keys in the documented order.
    var json: String {
        var fields = [
            ("document", MentionLine.quoted(mention.document)), ("start", "\(mention.start)"), ("end", "\(mention.end)"),
            ("text", MentionLine.quoted(mention.text)), ("type", MentionLine.quoted(mention.type.rawValue)),
            ("entity", MentionLine.quoted(entity)),
        ]
        if fromHTML { fields.append(("source", MentionLine.quoted("text"))) }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A table cell: tabs and line breaks shown as spaces.
    static func tableCell(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// A JSON value, rendered deterministically: object keys sorted by their
/// Unicode scalars, numbers in their shortest round-trip spelling.
enum JSONValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    /// A number; a non-finite value, which JSON cannot spell, becomes `null`.
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value as UTF-8 JSON text, indented by two spaces per level, ending without a newline.
    ///
    /// - Complexity: O(*s* + *k* log *k*) for *s* characters of output and *k* keys per object.
    var text: String {
        var output = ""
        render(into: &output, indent: "")
        return output
    }

    private func render(into output: inout String, indent: String) {
        switch self {
        case let .string(text):
            output += text.jsonQuoted
        case let .integer(number):
            output += String(number)
        case let .number(number):
            output += number.isFinite ? number.exportText : "null"
        case let .bool(flag):
            output += flag ? "true" : "false"
        case let .array(elements):
            guard !elements.isEmpty else { output += "[]"; return }
            let inner = indent + "  "
            output += "["
            for (index, element) in elements.enumerated() {
                output += (index == 0 ? "\n" : ",\n") + inner
                element.render(into: &output, indent: inner)
            }
            output += "\n" + indent + "]"
        case let .object(members):
            guard !members.isEmpty else { output += "{}"; return }
            let inner = indent + "  "
            output += "{"
            for (index, key) in members.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
                .enumerated() {
                output += (index == 0 ? "\n" : ",\n") + inner + key.jsonQuoted + ": "
                members[key]!.render(into: &output, indent: inner)
            }
            output += "\n" + indent + "}"
        }
    }
}

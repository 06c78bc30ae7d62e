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

    /// Writes the value as JSON text to `output`, indented by two spaces per
    /// level below `indent` (the indentation of the line it starts on), ending
    /// without a newline.
    ///
    /// - Complexity: O(*s* + *k* log *k*) for *s* characters of output and *k* keys per object.
    func write<Output: ExportOutput>(to output: inout Output, indent: String = "") throws(Output.Failure) {
        switch self {
        case let .string(text):
            try Self.write(string: text, to: &output)
        case let .integer(number):
            try output.write(String(number))
        case let .number(number):
            try output.write(number.isFinite ? number.exportText : "null")
        case let .bool(flag):
            try output.write(flag ? "true" : "false")
        case let .array(elements):
            guard !elements.isEmpty else { try output.write("[]"); return }
            let inner = indent + "  "
            try output.write("[")
            for (index, element) in elements.enumerated() {
                try output.write(index == 0 ? "\n" : ",\n")
                try output.write(inner)
                try element.write(to: &output, indent: inner)
            }
            try output.write("\n")
            try output.write(indent)
            try output.write("]")
        case let .object(members):
            guard !members.isEmpty else { try output.write("{}"); return }
            let inner = indent + "  "
            try output.write("{")
            for (index, key) in members.keys.sorted(by: Self.precedes).enumerated() {
                try output.write(index == 0 ? "\n" : ",\n")
                try output.write(inner)
                try Self.write(string: key, to: &output)
                try output.write(": ")
                try members[key]!.write(to: &output, indent: inner)
            }
            try output.write("\n")
            try output.write(indent)
            try output.write("}")
        }
    }

    /// Writes `text` as a JSON string literal (`String.jsonQuoted`), without
    /// building a copy when it needs no escape.
    private static func write<Output: ExportOutput>(string text: String, to output: inout Output) throws(Output.Failure) {
        guard text.isPlainJSONText else { return try output.write(text.jsonQuoted) }
        try output.write("\"")
        try output.write(text)
        try output.write("\"")
    }

    /// The order of object keys: by Unicode scalars.
    static func precedes(_ key: String, _ other: String) -> Bool {
        key.unicodeScalars.lexicographicallyPrecedes(other.unicodeScalars)
    }
}

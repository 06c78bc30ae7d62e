extension GraphMLDocument {
    /// A `<key>` declaration: one data attribute, its type and default.
    public struct Key: Hashable, Sendable {
        /// The elements a key applies to (the `for` attribute).
        public enum Domain: String, Hashable, Sendable {
            /// `<graph>` elements.
            case graph
            /// `<node>` elements.
            case node
            /// `<edge>` elements.
            case edge
            /// `<hyperedge>` elements (not kept by the reader).
            case hyperedge
            /// `<port>` elements (not kept by the reader).
            case port
            /// `<endpoint>` elements of hyperedges (not kept by the reader).
            case endpoint
            /// Every element that has data (the default).
            case all
            /// The `<graphml>` root (yEd's resources; not kept by the reader).
            case graphml

            /// Whether a key for this domain applies to elements of `domain`.
            func applies(to domain: Domain) -> Bool {
                self == .all || self == domain
            }
        }

        /// The value type (the `attr.type` attribute).
        public enum ValueType: String, Hashable, Sendable {
            /// `true` or `false`.
            case boolean
            /// A 32-bit integer.
            case int
            /// A 64-bit integer.
            case long
            /// A single-precision number (read as a `Double`).
            case float
            /// A double-precision number.
            case double
            /// Text (the default).
            case string
        }

        /// The id that `<data key="...">` refers to; unique in the document.
        public var id: String
        /// The elements the key applies to.
        public var domain: Domain
        /// The attribute name (`attr.name`), or the id when the key has none (yEd's graphics keys).
        public var name: String
        /// The type of the values (`string` when the key does not say).
        public var type: ValueType
        /// The value of elements that have no data for the key (the `<default>` child).
        public var defaultValue: Value?

        /// Creates a key.
        public init(id: String, domain: Domain, name: String, type: ValueType, defaultValue: Value? = nil) {
            self.id = id
            self.domain = domain
            self.name = name
            self.type = type
            self.defaultValue = defaultValue
        }
    }
}

extension GraphMLDocument.Key.ValueType {
    /// The value the UTF-8 bytes `text` stand for, or `nil` if it is not of this type.
    ///
    /// Numbers and booleans may have surrounding white space, as XML Schema
    /// allows; `int` must fit 32 bits, `long` 64 bits; `float` and `double`
    /// take `NaN`, `INF`, `Infinity` and their negatives too; booleans are
    /// `true`/`false` in any case (networkx writes `True`) or `1`/`0`. Strings
    /// are kept exactly.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    func value(of text: UnsafeBufferPointer<UInt8>) -> GraphMLDocument.Value? {
        if self == .string { return .string(String(decoding: text, as: UTF8.self)) }
        var start = 0, end = text.count
        while start < end, text[start].isXMLWhitespace { start += 1 }
        while end > start, text[end - 1].isXMLWhitespace { end -= 1 }
        // A token is a few bytes: a small string, made without allocating.
        let token = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        switch self {
        case .string: return .string(String(decoding: text, as: UTF8.self))
        case .int: return Int32(token).map { .int(Int($0)) }
        case .long: return Int64(token).map { .int(Int($0)) }
        case .float, .double: return Double(token).map(GraphMLDocument.Value.double)
        case .boolean:
            switch token.lowercased() {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: return nil
            }
        }
    }
}

extension GraphMLDocument {
    /// A typed `<data>` value: `int` and `long` are read as `int`, `float` and `double` as `double`.
    public enum Value: Hashable, Sendable, CustomStringConvertible {
        /// A `string` value, exactly as in the file.
        case string(String)
        /// An `int` or `long` value.
        case int(Int)
        /// A `float` or `double` value.
        case double(Double)
        /// A `boolean` value.
        case boolean(Bool)

        /// The value as text: a string as it is, a number as Swift spells it, `true` or `false`.
        public var description: String {
            switch self {
            case let .string(text): text
            case let .int(number): String(number)
            case let .double(number): number.description
            case let .boolean(flag): String(flag)
            }
        }

        /// The value as a number: an `int` or `double`, or a string that spells one.
        public var number: Double? {
            switch self {
            case let .int(number): Double(number)
            case let .double(number): number
            case let .string(text): Double(text.trimmingXMLWhitespace)
            case .boolean: nil
            }
        }
    }
}

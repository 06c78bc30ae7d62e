/// The differences found between what a writer promised and what was read back.
struct Mismatches {
    /// The format the differences are about, named in every message.
    let format: String
    /// One line per difference.
    private(set) var found: [String] = []

    /// Starts an empty list for `format`.
    init(_ format: String) {
        self.format = format
    }

    /// Records a difference unless both strings have the same Unicode scalars
    /// (Swift's `==` would let canonically equivalent strings pass).
    mutating func same(_ actual: String?, _ expected: String?, _ what: @autoclosure () -> String) {
        switch (actual, expected) {
        case (nil, nil): return
        case let (actual?, expected?) where actual.unicodeScalars.elementsEqual(expected.unicodeScalars): return
        default: break
        }
        found.append("\(format) \(what()): read \(Self.show(actual)), expected \(Self.show(expected))")
    }

    /// Records a difference unless both lists hold the same strings, scalar for scalar, in order.
    mutating func same(_ actual: [String]?, _ expected: [String]?, _ what: @autoclosure () -> String) {
        switch (actual, expected) {
        case (nil, nil): return
        case let (actual?, expected?) where actual.elementsEqual(expected, by: { $0.unicodeScalars.elementsEqual($1.unicodeScalars) }):
            return
        default: break
        }
        found.append("\(format) \(what()): read \(actual.map { $0.map(Self.show) } ?? []), expected \(expected.map { $0.map(Self.show) } ?? [])")
    }

    /// Records a difference unless both maps hold the same names and values, scalar for scalar.
    mutating func same(_ actual: [String: String], _ expected: [String: String], _ what: @autoclosure () -> String) {
        let pairs = { (map: [String: String]) in
            map.map { [Array($0.key.unicodeScalars), Array($0.value.unicodeScalars)] }
                .sorted { $0.lexicographicallyPrecedes($1) { $0.lexicographicallyPrecedes($1) } }
        }
        guard pairs(actual) != pairs(expected) else { return }
        found.append("\(format) \(what()): read \(actual.debugDescription.prefix(300)), expected \(expected.debugDescription.prefix(300))")
    }

    /// Records a difference unless the values are equal.
    mutating func equal<Value: Equatable>(_ actual: Value?, _ expected: Value?, _ what: @autoclosure () -> String) {
        guard actual != expected else { return }
        found.append("\(format) \(what()): read \(String(describing: actual)), expected \(String(describing: expected))")
    }

    /// Records a problem that is not a comparison.
    mutating func note(_ problem: String) {
        found.append("\(format): \(problem)")
    }

    private static func show(_ text: String?) -> String {
        guard let text else { return "nothing" }
        let shown = text.unicodeScalars.count > 80 ? String(text.unicodeScalars.prefix(80).map(Character.init)) + "…" : text
        return shown.debugDescription + " \(text.unicodeScalars.prefix(24).map { String($0.value, radix: 16) })"
    }
}

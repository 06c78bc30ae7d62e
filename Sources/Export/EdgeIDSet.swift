/// The edge ids of a GraphML document, for telling a repeated id. Ids of the
/// form kg writes (`e` and a number without leading zeros, below 2²⁶) are
/// kept as bits, without hashing or storing a string; any other id goes into
/// a set of strings.
///
/// Invariant: an id is in `numbered` or in `others`, never in both, by its form alone.
struct EdgeIDSet: Sendable {
    /// Bit *n* is set when `e`*n* is in the set.
    private var numbered: [UInt64] = []
    /// The ids not of the numbered form.
    private var others: Set<String> = []
    /// The largest number kept as a bit: the bitmap stays within 8 MB.
    private static let largestNumber = 1 << 26 - 1

    /// Creates an empty set.
    init() {}

    /// Adds `id`; false when it was already in.
    ///
    /// - Complexity: O(*l*) in the length of the id, amortized.
    mutating func insert(_ id: String) -> Bool {
        guard let number = Self.number(id) else { return others.insert(id).inserted }
        let word = number >> 6, bit = UInt64(1) << UInt64(number & 63)
        if word >= numbered.count { numbered += repeatElement(0, count: max(word + 1 - numbered.count, numbered.count)) }
        defer { numbered[word] |= bit }
        return numbered[word] & bit == 0
    }

    /// Whether the two sets have no id in common.
    ///
    /// - Complexity: O(*w* + *m*) in the bitmap words and the smaller set of other ids.
    func isDisjoint(with other: EdgeIDSet) -> Bool {
        let (small, large) = others.count <= other.others.count ? (others, other.others) : (other.others, others)
        return zip(numbered, other.numbered).allSatisfy { $0 & $1 == 0 } && small.isDisjoint(with: large)
    }

    /// The number *n* of an id `e`*n* written without leading zeros, if the id
    /// has that form and *n* is at most `largestNumber`.
    static func number(_ id: String) -> Int? {
        var bytes = id.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "e"), let first = bytes.next(), (0x30...0x39).contains(first) else { return nil }
        var number = Int(first - 0x30)
        while let byte = bytes.next() {
            guard number != 0, (0x30...0x39).contains(byte) else { return nil }
            number = number * 10 + Int(byte - 0x30)
            guard number <= largestNumber else { return nil }
        }
        return number
    }
}

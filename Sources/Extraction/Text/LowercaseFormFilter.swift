/// A quick test that rules out most words before they are lower-cased and looked up
/// among a set of lower-case ASCII keys (word forms such as "acquired"), by the first
/// two bytes and the length the lower-cased word would have.
///
/// Exact in one direction: a word all of whose bytes are ASCII lower-cases byte for
/// byte, so `word.lowercased()` can equal a key only if its first two bytes, folded to
/// lower case, and its length are those of a key. A word with a non-ASCII byte, or
/// shorter than two or longer than 31 bytes, always passes.
///
/// - Complexity: O(*k*) to build for *k* keys; O(*n*) to ask, in the word's UTF-8 length.
struct LowercaseFormFilter: Sendable {
    /// For each pair of ASCII first bytes (7 bits each), the lengths of the keys that start with it, one bit each.
    private var lengths: [UInt32]
    /// Whether some key is not lower-case ASCII of 2...31 bytes: then every word passes.
    private var passesAll = false

    /// A filter for `keys`.
    init(_ keys: some Sequence<String>) {
        lengths = Array(repeating: 0, count: 1 << 14)
        for key in keys {
            let bytes = Array(key.utf8)
            guard (2...31).contains(bytes.count), bytes.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) else {
                passesAll = true
                continue
            }
            lengths[Self.pair(bytes[0], bytes[1])] |= 1 << UInt32(bytes.count)
        }
    }

    /// Whether `word`, lower-cased, may be one of the keys; false only when it cannot.
    func mayContain(lowercased word: String) -> Bool {
        guard !passesAll else { return true }
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard (2...31).contains(bytes.count) else { return true }
            for byte in bytes where byte >= 0x80 { return true }
            return lengths[Self.pair(Self.folded(bytes[0]), Self.folded(bytes[1]))] & (1 << UInt32(bytes.count)) != 0
        }
        return answer ?? true
    }

    /// The table slot of two ASCII bytes.
    private static func pair(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first) << 7 | Int(second)
    }

    /// An ASCII byte with an upper-case letter folded to lower case.
    private static func folded(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

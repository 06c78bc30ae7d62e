/// A quick test that rules out most strings before they are looked up among a set of keys:
/// a string can equal a key (as Swift compares strings, by canonical equivalence) only if it
/// starts with the same byte, unless the key or the string starts with a non-ASCII scalar.
///
/// - Complexity: O(*k*) to build for *k* keys; O(1) to ask.
struct FirstByteFilter: Sendable {
    /// The first bytes of the keys that start with an ASCII scalar, one bit each.
    private var asciiFirstBytes = (UInt64(0), UInt64(0))
    /// Whether some key starts with a non-ASCII scalar (a singleton such as U+212A,
    /// the Kelvin sign, equals an ASCII letter): then every string passes.
    private var passesAll = false

    /// A filter for `keys`.
    init(_ keys: some Sequence<String>) {
        for key in keys {
            guard let first = key.utf8.first else { continue }
            if first < 0x80 {
                if first < 64 { asciiFirstBytes.0 |= 1 << first } else { asciiFirstBytes.1 |= 1 << (first - 64) }
            } else {
                passesAll = true
            }
        }
    }

    /// Whether `text` may equal one of the keys; false only when it cannot.
    func mayContain(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        return mayContain(startingWith: first)
    }

    /// Whether a string whose first UTF-8 byte is `first` may equal one of the keys.
    func mayContain(startingWith first: UInt8) -> Bool {
        guard !passesAll, first < 0x80 else { return true }
        return first < 64 ? asciiFirstBytes.0 & (1 << first) != 0 : asciiFirstBytes.1 & (1 << (first - 64)) != 0
    }
}

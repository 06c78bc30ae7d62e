/// Pairs of 16-bit counts by 64-bit key (an already well-mixed hash, such as a token's
/// ``TokenInfo/lower``), in an open-addressing table: what `[UInt64: (UInt16, UInt16)]`
/// holds, without hashing the keys again.
///
/// Invariant: `keys`, `pairs` and `used` have one power-of-two size, more than twice `count`.
struct HashCountPairs {
    private var keys: [UInt64]
    private var pairs: [SIMD2<UInt16>]
    private var used: [Bool]
    /// The number of keys.
    private(set) var count = 0

    /// An empty table with room for about `expected` keys before it grows.
    init(expected: Int = 8) {
        var capacity = 16
        while capacity < expected * 2 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        pairs = Array(repeating: SIMD2(repeating: 0), count: capacity)
        used = Array(repeating: false, count: capacity)
    }

    /// Adds `amount` to the pair of `key` (wrapping, as `&+`), which starts at zero.
    ///
    /// - Complexity: O(1) expected, amortised.
    mutating func add(_ amount: SIMD2<UInt16>, to key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let slot = self.slot(of: key)
        if !used[slot] {
            used[slot] = true
            keys[slot] = key
            count += 1
        }
        pairs[slot] &+= amount
    }

    /// The pair of `key`, or `nil` when nothing was ever added to it.
    ///
    /// - Complexity: O(1) expected.
    subscript(key: UInt64) -> SIMD2<UInt16>? {
        let slot = self.slot(of: key)
        return used[slot] ? pairs[slot] : nil
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    private func slot(of key: UInt64) -> Int {
        let last = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & last
        while used[slot] && keys[slot] != key { slot = (slot + 1) & last }
        return slot
    }

    private mutating func grow() {
        var bigger = HashCountPairs(expected: keys.count)
        for slot in keys.indices where used[slot] { bigger.add(pairs[slot], to: keys[slot]) }
        assert(bigger.count == count, "growing keeps every key")
        self = bigger
    }
}

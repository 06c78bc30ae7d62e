/// An open-addressing hash table from 64-bit keys (already well-mixed hashes) to 8-bit masks,
/// laid out as two flat arrays so it can be written and read without rebuilding.
struct HashMaskTable: Sendable, Equatable {
    /// Slot keys; 0 marks an empty slot.
    private(set) var keys: [UInt64]
    /// Slot values.
    private(set) var masks: [UInt8]
    /// Number of occupied slots.
    private(set) var count: Int

    /// Creates an empty table with room for about `expected` keys at load factor ≤ 0.5.
    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        masks = Array(repeating: 0, count: capacity)
        count = 0
    }

    /// Rebuilds a table from stored slot arrays; `nil` unless they have the same power-of-two
    /// size with at least one empty slot (so look-ups always end).
    init?(keys: [UInt64], masks: [UInt8]) {
        let occupied = keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
        guard keys.count == masks.count, keys.count >= 1, keys.count & (keys.count - 1) == 0,
              occupied < keys.count else { return nil }
        self.keys = keys
        self.masks = masks
        count = occupied
    }

    /// Sets the bits of `mask` for `key`.
    mutating func insert(_ key: UInt64, mask: UInt8) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.nonZero(key)
        var slot = Int(truncatingIfNeeded: key) & (keys.count - 1)
        while keys[slot] != 0 && keys[slot] != key {
            slot = (slot + 1) & (keys.count - 1)
        }
        if keys[slot] == 0 {
            keys[slot] = key
            count += 1
        }
        masks[slot] |= mask
    }

    /// The mask stored for `key`, or 0.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func mask(for key: UInt64) -> UInt8 {
        let key = Self.nonZero(key)
        let last = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & last
        while true {
            let stored = keys[slot]
            if stored == key { return masks[slot] }
            if stored == 0 { return 0 }
            slot = (slot + 1) & last
        }
    }

    private mutating func grow() {
        var bigger = HashMaskTable(expected: keys.count)
        for (key, mask) in zip(keys, masks) where key != 0 {
            bigger.insert(key, mask: mask)
        }
        self = bigger
    }

    @inline(__always)
    private static func nonZero(_ key: UInt64) -> UInt64 {
        key == 0 ? 1 : key
    }
}

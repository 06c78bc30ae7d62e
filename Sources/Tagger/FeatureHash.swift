/// 64-bit hashing used for features and word lists: FNV-1a over UTF-8 bytes and a
/// SplitMix64-style finaliser to combine values.
enum FeatureHash {
    /// FNV-1a offset basis.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Folds one byte into an FNV-1a state.
    @inline(__always)
    static func fnv(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* prime
    }

    /// FNV-1a of a string's UTF-8 bytes.
    static func fnv(_ text: String) -> UInt64 {
        var state = offsetBasis
        for byte in text.utf8 {
            state = fnv(state, byte)
        }
        return state
    }

    /// A well-mixed 64-bit value (the SplitMix64 finaliser).
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines two hashes, order-sensitively.
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x2545_f491_4f6c_dd1d ^ b)
    }
}

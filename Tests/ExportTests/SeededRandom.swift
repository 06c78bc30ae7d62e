/// A seedable pseudo-random generator (SplitMix64) for property tests, so a
/// failing case is reproduced by its seed alone on every platform.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, from the raw bits only (the same on every platform).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "the bound must be positive")
        return Int(next() % UInt64(bound))
    }

    /// True with probability `numerator / denominator`.
    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// A number in [0, 1] with few digits or many, so both short and long spellings occur.
    mutating func unitInterval() -> Double {
        switch below(4) {
        case 0: Double(below(3)) / 2
        case 1: Double(below(101)) / 100
        default: Double(next() >> 11) / Double(1 << 53)
        }
    }
}

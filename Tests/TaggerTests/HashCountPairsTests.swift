import Testing
@testable import Tagger

/// `HashCountPairs` keeps what a dictionary of count pairs keeps.
@Suite struct HashCountPairsTests {
    @Test func agreesWithADictionaryThroughGrowth() {
        var table = HashCountPairs()
        var reference: [UInt64: SIMD2<UInt16>] = [:]
        var generator = SplitMix64(seed: 7)
        // Keys that share their low bits collide in every table size; 0 and 1 are ordinary keys.
        let keys: [UInt64] = [0, 1, 1 << 40, 2 << 40, 3 << 40] + (0..<500).map { _ in generator.next() }
        for round in 0..<3 {
            for (index, key) in keys.enumerated() where (index + round) % 3 != 0 {
                let amount = SIMD2<UInt16>(UInt16(index % 2), UInt16(1 - index % 2))
                table.add(amount, to: key)
                reference[key, default: SIMD2(repeating: 0)] &+= amount
            }
        }
        #expect(table.count == reference.count)
        for key in keys { #expect(table[key] == reference[key], "\(key)") }
        #expect(table[42] == nil && table[UInt64.max] == nil)
    }

    @Test func countsWrapAndKeepTheirKey() {
        var table = HashCountPairs(expected: 1)
        table.add(SIMD2(UInt16.max, 0), to: 9)
        table.add(SIMD2(1, 2), to: 9)
        #expect(table[9] == SIMD2(0, 2), "wraps as &+ does, and the key stays")
        #expect(table.count == 1)
    }
}

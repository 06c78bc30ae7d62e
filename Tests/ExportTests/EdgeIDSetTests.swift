@testable import Export
import Testing

/// `EdgeIDSet` keeps kg's numbered edge ids as bits and every other id as a
/// string; either way it must answer exactly as a set of strings does.
@Suite("Edge id set")
struct EdgeIDSetTests {
    @Test func numbersOnlyInTheirOneSpelling() {
        #expect(EdgeIDSet.number("e0") == 0)
        #expect(EdgeIDSet.number("e12345") == 12_345)
        #expect(EdgeIDSet.number("e67108863") == 67_108_863)
        for other in ["e", "e01", "e00", "E1", "e1a", "e-1", "ee1", "e67108864", "e99999999999999999999999", "1", "", "e 1", "e１"] {
            #expect(EdgeIDSet.number(other) == nil, "\(other)")
        }
    }

    @Test func answersAsASetOfStrings() {
        var random = SeededRandom(seed: 0x4544_4745)
        let pool = (0..<300).map { "e\($0)" } + ["e01", "e007", "edge", "e", "x1", "e67108864", "e67108863", "é1", ""]
        for _ in 0..<200 {
            var ids = EdgeIDSet(), strings = Set<String>()
            var other = EdgeIDSet(), otherStrings = Set<String>()
            for _ in 0..<random.below(60) {
                let id = random.pick(pool)
                #expect(ids.insert(id) == strings.insert(id).inserted, "\(id)")
            }
            for _ in 0..<random.below(20) {
                let id = random.pick(pool)
                _ = other.insert(id)
                otherStrings.insert(id)
            }
            #expect(ids.isDisjoint(with: other) == strings.isDisjoint(with: otherStrings))
            #expect(other.isDisjoint(with: ids) == strings.isDisjoint(with: otherStrings))
        }
    }
}

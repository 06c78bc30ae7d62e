/// Case-insensitive lists of entity names, used as features: which token sequences are known
/// names of which labels, and which single words occur inside known names.
///
/// Names are matched on lower-cased tokens, so a list built from lower-cased text (MultiCoNER)
/// applies to cased text too. Mask bits 0–4 are the labels `PER`…`WORK` of MultiCoNER names
/// (bit = label index); the other bits mark the ``NameLists``: ``locationBit`` in both tables,
/// ``firstNameBit`` and ``surnameBit`` in the word table.
struct Gazetteer: Sendable, Equatable {
    /// Whole names, keyed by ``phraseKey(_:)`` of their tokens.
    var phrases: HashMaskTable
    /// Single words that occur in names, keyed by their lower-case hash.
    var words: HashMaskTable
    /// The longest name, in tokens.
    var maxPhraseLength: Int

    /// Phrase and word bit of GeoNames place names.
    static let locationBit: UInt8 = 1 << 5
    /// Word bit of given names.
    static let firstNameBit: UInt8 = 1 << 6
    /// Word bit of surnames.
    static let surnameBit: UInt8 = 1 << 7

    /// An empty gazetteer.
    static let empty = Gazetteer(phrases: HashMaskTable(expected: 0), words: HashMaskTable(expected: 0), maxPhraseLength: 0)

    /// The key of a token sequence, from the tokens' lower-case hashes.
    @inline(__always)
    static func extendKey(_ key: UInt64, with token: UInt64) -> UInt64 {
        FeatureHash.combine(key, token)
    }

    /// The key of an empty sequence.
    static let emptyKey: UInt64 = 0x6761_7a65_7474_6565

    /// The key of a whole token sequence.
    static func phraseKey<S: Sequence>(_ tokens: S) -> UInt64 where S.Element == TokenInfo {
        tokens.reduce(emptyKey) { extendKey($0, with: $1.lower) }
    }

    /// Per-token match masks for a sentence: `begin[i]` has the labels of the longest listed
    /// name starting at token `i`; `inside[i]` those of listed names covering `i` but starting
    /// earlier.
    /// - Complexity: O(n · maxPhraseLength).
    func matches(_ tokens: ArraySlice<TokenInfo>) -> (begin: [UInt8], inside: [UInt8]) {
        let count = tokens.count
        var begin = [UInt8](repeating: 0, count: count)
        var inside = [UInt8](repeating: 0, count: count)
        guard maxPhraseLength > 0 else { return (begin, inside) }
        let base = tokens.startIndex
        for start in 0..<count {
            guard tokens[base + start].capitalization != .none else { continue }
            var key = Self.emptyKey
            var longest = 0
            var longestMask: UInt8 = 0
            for length in 1...min(maxPhraseLength, count - start) {
                key = Self.extendKey(key, with: tokens[base + start + length - 1].lower)
                let mask = phrases.mask(for: key)
                if mask != 0 {
                    longest = length
                    longestMask = mask
                }
            }
            guard longest > 0 else { continue }
            begin[start] |= longestMask
            for position in (start + 1)..<(start + longest) {
                inside[position] |= longestMask
            }
        }
        return (begin, inside)
    }
}

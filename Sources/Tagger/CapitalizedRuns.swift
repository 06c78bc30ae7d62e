/// Maximal runs of capitalised tokens in a sentence ("Bowling Green Falcons",
/// "University of East Anglia"), the usual outline of a multi-word name.
///
/// Short lower-case connectors (`of`, `de`, `and`, `&`, ...) may sit inside a run when a
/// capitalised token follows them.
enum CapitalizedRuns {
    /// Lower-case hashes of connector words.
    private static let connectors: Set<UInt64> = Set(
        ["of", "de", "da", "del", "della", "di", "du", "des", "la", "le", "von", "van", "der", "den", "the", "and", "&",
         "for", "y", "al", "bin", "el"].map { FeatureHash.fnv($0) })

    /// For each token, the range of the run holding it, or `nil`.
    /// - Complexity: O(n).
    static func runs(_ tokens: ArraySlice<TokenInfo>) -> [Range<Int>?] {
        let count = tokens.count
        let base = tokens.startIndex
        var result = [Range<Int>?](repeating: nil, count: count)
        func capitalized(_ position: Int) -> Bool {
            tokens[base + position].capitalization.isCapitalized
        }
        var position = 0
        while position < count {
            guard capitalized(position) else {
                position += 1
                continue
            }
            var end = position + 1
            while end < count {
                if capitalized(end) {
                    end += 1
                } else if end + 1 < count, connectors.contains(tokens[base + end].lower), capitalized(end + 1) {
                    end += 2
                } else {
                    break
                }
            }
            for member in position..<end { result[member] = position..<end }
            position = end
        }
        return result
    }
}

/// Document-level casing evidence: how often each word occurs lower-case, and how often
/// capitalised in the middle of an ordinary sentence, anywhere in the document.
///
/// A capitalised word that the same document also uses in lower case is probably a common
/// word at a sentence start or in a headline; one capitalised mid-sentence elsewhere is
/// probably a name. A word that elsewhere begins or ends a multi-word name ("Smith" after
/// "Paul Smith") is probably a short form of that name.
struct DocumentEvidence {
    /// By word: how often lower-case and how often capitalised mid-sentence.
    private var counts: HashCountPairs
    /// By word: how often it begins and how often it ends a multi-word capitalised run.
    private var nameParts = HashCountPairs()

    /// Collects counts over a document given as sentences of analysed tokens.
    /// - Complexity: O(n) in the number of tokens.
    init(sentences: [ArraySlice<TokenInfo>], styles: [SentenceStyle]) {
        counts = HashCountPairs(expected: sentences.reduce(0) { $0 + $1.count })
        for (sentence, style) in zip(sentences, styles) {
            if style == .normal {
                for run in Self.multiWordRuns(sentence) {
                    nameParts.add(SIMD2(1, 0), to: sentence[sentence.startIndex + run.lowerBound].lower)
                    nameParts.add(SIMD2(0, 1), to: sentence[sentence.startIndex + run.upperBound - 1].lower)
                }
            }
            var position = 0
            for token in sentence {
                defer { position += 1 }
                if token.capitalization == .lower {
                    counts.add(SIMD2(1, 0), to: token.lower)
                } else if Self.isCapitalizedMidSentence(token, position: position, style: style) {
                    counts.add(SIMD2(0, 1), to: token.lower)
                }
            }
        }
    }

    /// A small code for the evidence about `token` at `position` of a sentence of `style`,
    /// excluding the token's own occurrence: bit 0 set if the word occurs lower-case elsewhere,
    /// bit 1 if it occurs capitalised mid-sentence elsewhere.
    func code(for token: TokenInfo, position: Int, style: SentenceStyle) -> UInt64 {
        guard token.capitalization != .none, let entry = counts[token.lower] else { return 0 }
        var lower = Int(entry[0])
        var capitalizedMid = Int(entry[1])
        if token.capitalization == .lower {
            lower -= 1
        } else if Self.isCapitalizedMidSentence(token, position: position, style: style) {
            capitalizedMid -= 1
        }
        return (lower > 0 ? 1 : 0) | (capitalizedMid > 0 ? 2 : 0)
    }

    /// A small code for `token` as part of names elsewhere, excluding its own occurrence (at
    /// `position` in `run`, its capitalised run if any, of a sentence of `style`): bit 0 set if
    /// the word begins a multi-word capitalised run elsewhere, bit 1 if it ends one.
    func namePartCode(for token: TokenInfo, position: Int, run: Range<Int>?, style: SentenceStyle) -> UInt64 {
        guard token.capitalization.isCapitalized, let entry = nameParts[token.lower] else { return 0 }
        var first = Int(entry[0]), last = Int(entry[1])
        if style == .normal, let run, run.count > 1 {
            if position == run.lowerBound { first -= 1 }
            if position == run.upperBound - 1 { last -= 1 }
        }
        return (first > 0 ? 1 : 0) | (last > 0 ? 2 : 0)
    }

    /// The capitalised runs of two or more tokens in a sentence.
    private static func multiWordRuns(_ sentence: ArraySlice<TokenInfo>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for case let run? in CapitalizedRuns.runs(sentence) where run.count > 1 && result.last != run {
            result.append(run)
        }
        return result
    }

    /// Whether `token` is a capitalised word that is neither sentence-initial nor in a
    /// headline-style or upper-case sentence.
    private static func isCapitalizedMidSentence(_ token: TokenInfo, position: Int, style: SentenceStyle) -> Bool {
        position > 0 && style == .normal && token.capitalization.isCapitalized && token.capitalization != .single
    }
}

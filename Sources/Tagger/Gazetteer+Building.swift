extension Gazetteer {
    /// Builds a gazetteer from the entity mentions of labelled sentences (e.g. MultiCoNER) and
    /// from name lists.
    ///
    /// A name made only of `commonWords` (such as a film called "Yesterday") is left out, and
    /// so are common words in the single-word list: they would fire on ordinary text.
    /// - Parameters:
    ///   - sentences: sentences whose `B-`/`I-` tags mark the names; `MISC` is skipped.
    ///   - lists: given names, surnames and place names to add.
    ///   - commonWords: lower-case hashes of everyday words (see ``commonWords(in:minimumCount:)``).
    ///   - maxLength: longer names are left out.
    /// - Complexity: O(n) in the number of tokens.
    init(names sentences: [LabeledSentence], lists: NameLists, commonWords: Set<UInt64>, maxLength: Int = 6) {
        var phrases = HashMaskTable(expected: 1 << 14)
        var words = HashMaskTable(expected: 1 << 14)
        var longest = 0
        for sentence in sentences {
            let infos = sentence.tokens.map(TokenInfo.init)
            for mention in sentence.tags.mentionRanges() where mention.label != .MISC {
                let length = mention.end - mention.start
                let name = infos[mention.start..<mention.end]
                guard length <= maxLength, !name.allSatisfy({ commonWords.contains($0.lower) }) else { continue }
                let bit = UInt8(1) << UInt8(mention.label.index)
                phrases.insert(Self.phraseKey(name), mask: bit)
                for word in name where word.capitalization != .none && !commonWords.contains(word.lower) {
                    words.insert(word.lower, mask: bit)
                }
                longest = max(longest, length)
            }
        }
        self.init(phrases: phrases, words: words, maxPhraseLength: longest)
        add(lists.locations, phraseBit: Self.locationBit, wordBit: Self.locationBit, commonWords: commonWords, maxLength: maxLength)
        add(lists.firstNames, phraseBit: nil, wordBit: Self.firstNameBit, commonWords: commonWords, maxLength: 1)
        add(lists.surnames, phraseBit: nil, wordBit: Self.surnameBit, commonWords: commonWords, maxLength: 1)
    }

    /// Adds names from a list (split into tokens at spaces), leaving out those made only of
    /// common words and those longer than `maxLength` tokens.
    private mutating func add(_ names: [String], phraseBit: UInt8?, wordBit: UInt8, commonWords: Set<UInt64>, maxLength: Int) {
        for name in names {
            let tokens = name.split(separator: " ").map { TokenInfo(String($0)) }
            guard !tokens.isEmpty, tokens.count <= maxLength,
                  !tokens.allSatisfy({ commonWords.contains($0.lower) }) else { continue }
            if let phraseBit {
                phrases.insert(Self.phraseKey(tokens), mask: phraseBit)
                maxPhraseLength = max(maxPhraseLength, tokens.count)
            }
            for word in tokens where word.capitalization != .none && !commonWords.contains(word.lower) {
                words.insert(word.lower, mask: wordBit)
            }
        }
    }

    /// Lower-case hashes of words written in lower case outside any entity at least
    /// `minimumCount` times in `sentences` (cased text): the everyday vocabulary.
    /// - Complexity: O(n) in the number of tokens.
    static func commonWords(in sentences: [LabeledSentence], minimumCount: Int = 3) -> Set<UInt64> {
        var counts: [UInt64: Int] = [:]
        for sentence in sentences {
            for (token, tag) in zip(sentence.tokens, sentence.tags) where tag == .outside {
                let info = TokenInfo(token)
                if info.capitalization == .lower || info.capitalization == .none {
                    counts[info.lower, default: 0] += 1
                }
            }
        }
        return Set(counts.compactMap { $0.value >= minimumCount ? $0.key : nil })
    }
}

/// Which of the lower-case noun, title and verb lists of ``WordLists`` a word is in,
/// found with one dictionary lookup instead of one per list.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt8

    /// In ``WordLists/platformNouns``.
    static let platformNoun = WordClasses(rawValue: 1 << 0)
    /// In ``WordLists/organizationNouns``.
    static let organizationNoun = WordClasses(rawValue: 1 << 1)
    /// In ``WordLists/workNouns``.
    static let workNoun = WordClasses(rawValue: 1 << 2)
    /// In ``WordLists/eventNouns``.
    static let eventNoun = WordClasses(rawValue: 1 << 3)
    /// In ``WordLists/personTitles``.
    static let personTitle = WordClasses(rawValue: 1 << 4)
    /// In ``WordLists/speechVerbs``.
    static let speechVerb = WordClasses(rawValue: 1 << 5)
    /// Any of the nouns that name a kind of thing: platform, organization, work or event.
    static let kindNoun: WordClasses = [.platformNoun, .organizationNoun, .workNoun, .eventNoun]

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The lists `word` is in (matched as `Set<String>.contains` matches: by canonical
    /// equivalence, so callers lower-case first); empty for a word in none.
    ///
    /// - Complexity: O(*n*) in the length of the word.
    init(of word: String) {
        self = Self.byWord[word] ?? []
    }

    private static let byWord: [String: WordClasses] = {
        let lists: [(Set<String>, WordClasses)] = [
            (WordLists.platformNouns, .platformNoun), (WordLists.organizationNouns, .organizationNoun),
            (WordLists.workNouns, .workNoun), (WordLists.eventNouns, .eventNoun),
            (WordLists.personTitles, .personTitle), (WordLists.speechVerbs, .speechVerb),
        ]
        var table: [String: WordClasses] = [:]
        for (words, kind) in lists {
            for word in words { table[word, default: []].insert(kind) }
        }
        return table
    }()
}

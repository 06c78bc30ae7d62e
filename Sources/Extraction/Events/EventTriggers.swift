/// News-event nouns and the word forms that report them.
///
/// General English: the kinds of happening news reports (leaks, launches,
/// acquisitions, protests, ...), not events of any particular article.
enum EventTriggers {
    /// Each event noun with the forms (noun plural, verb forms) that report it.
    static let table: [(noun: String, forms: [String])] = [
        ("leak", ["leak", "leaks", "leaked", "leaking"]),
        ("launch", ["launch", "launches", "launched", "launching"]),
        ("release", ["release", "releases", "released"]),
        ("acquisition", ["acquisition", "acquisitions", "acquired", "acquires", "takeover"]),
        ("merger", ["merger", "mergers", "merged"]),
        ("investment", ["investment", "investments", "invested", "funding round"]),
        ("firing", ["firing", "fired", "ouster", "ousted", "dismissal", "dismissed"]),
        ("resignation", ["resignation", "resigned", "resigns"]),
        ("layoffs", ["layoffs", "layoff", "laid off"]),
        ("protest", ["protest", "protests", "protested", "protesters"]),
        ("strike", ["strike", "strikes", "striking"]),
        ("shutdown", ["shutdown", "shutdowns"]),
        ("outage", ["outage", "outages"]),
        ("breach", ["breach", "breaches", "breached"]),
        ("hack", ["hack", "hacks", "hacked", "cyberattack"]),
        ("lawsuit", ["lawsuit", "lawsuits", "sued", "sues"]),
        ("trial", ["trial", "trials"]),
        ("ban", ["ban", "bans", "banned"]),
        ("election", ["election", "elections"]),
        ("auction", ["auction", "auctions", "auctioned"]),
        ("recall", ["recall", "recalls", "recalled"]),
        ("bankruptcy", ["bankruptcy", "bankrupt"]),
        ("ipo", ["ipo"]),
    ]

    /// The event noun a lower-cased word reports, if any.
    static let nounByForm: [String: String] = {
        var map: [String: String] = [:]
        for (noun, forms) in table { for form in forms where !form.contains(" ") { map[form] = map[form] ?? noun } }
        return map
    }()

    /// Rules out most words before they are lower-cased and looked up in `nounByForm`.
    static let formFilter = LowercaseFormFilter(nounByForm.keys)

    /// Whether a word, lower-cased, may be a key of `nounByForm`: false only when it
    /// cannot, found from its first two bytes and its length without lower-casing it.
    static func mayBeForm(_ word: String) -> Bool {
        formFilter.mayContain(lowercased: word)
    }

    /// The position of a noun in the table, for stable tie-breaking.
    static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($1.noun, $0) })

    /// Whether the word is a verb form (past participle) of its event.
    static func isVerbForm(_ word: String) -> Bool { word.hasSuffix("ed") }
}

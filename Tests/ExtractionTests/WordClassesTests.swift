import Testing
@testable import Extraction

/// `WordClasses` answers with one lookup what the word lists answer one by one.
@Suite struct WordClassesTests {
    private let lists: [(Set<String>, WordClasses)] = [
        (WordLists.platformNouns, .platformNoun), (WordLists.organizationNouns, .organizationNoun),
        (WordLists.workNouns, .workNoun), (WordLists.eventNouns, .eventNoun),
        (WordLists.personTitles, .personTitle), (WordLists.speechVerbs, .speechVerb),
    ]

    @Test func everyListedWordHasExactlyItsLists() {
        let words = lists.reduce(into: Set<String>()) { $0.formUnion($1.0) }
        for word in words {
            let expected = lists.reduce(into: WordClasses()) { if $1.0.contains(word) { $0.insert($1.1) } }
            #expect(WordClasses(of: word) == expected, "\(word)")
        }
    }

    @Test func wordsInSeveralListsAndInNone() {
        #expect(WordClasses(of: "network") == [.platformNoun, .organizationNoun])
        #expect(WordClasses(of: "developer") == [.organizationNoun, .personTitle])
        #expect(WordClasses(of: "the").isEmpty)
        #expect(WordClasses(of: "").isEmpty)
        // Lists are lower case and matched exactly, as `Set.contains` matches.
        #expect(WordClasses(of: "Platform").isEmpty)
        #expect(WordClasses(of: "platform") == .platformNoun)
    }
}

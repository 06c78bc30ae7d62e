import Testing
@testable import Extraction

/// `WordLists.isPersonTitle`, which rules most words out before lower-casing them, answers
/// what looking the lower-cased word up in `personTitles` answers.
@Suite struct PersonTitleTests {
    @Test func agreesWithTheLookup() {
        var words = ["Hugging", "Face", "the", "CEO", "Ceo", "ceo", "Dr", "DR", "co-founder", "Co-Founder", "Mayor",
                     "mayoral", "Présidente", "İmam", "\u{212A}ing", "", "a", String(repeating: "x", count: 40)]
        for title in WordLists.personTitles {
            words += [title, title.uppercased(), title.prefix(1).uppercased() + title.dropFirst(), title + "s", String(title.dropLast())]
        }
        for word in words {
            #expect(WordLists.isPersonTitle(word) == WordLists.personTitles.contains(word.lowercased()), "\(word)")
        }
        #expect(WordLists.isPersonTitle("CEO") && !WordLists.isPersonTitle("Hugging"))
    }
}

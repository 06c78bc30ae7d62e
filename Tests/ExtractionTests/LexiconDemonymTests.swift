import Testing
@testable import Extraction

/// `Lexicon.isDemonym`, which rules most words out by their last letter, answers what stripping suffixes answers.
@Suite struct LexiconDemonymTests {
    /// The definition, checked suffix by suffix: a capitalised word, not itself a place,
    /// whose lower case less a demonym suffix is a stem of three or more characters that
    /// makes a place with one of the endings.
    private func isDemonymByStripping(_ word: String, in lexicon: Lexicon) -> Bool {
        let folded = word.lowercased()
        guard word.first?.isUppercase == true, !lexicon.locationKeys.contains(folded) else { return false }
        for suffix in ["i", "n", "an", "ian", "ese", "ish", "ic", "ean"] where folded.hasSuffix(suffix) {
            let stem = String(folded.dropLast(suffix.count))
            guard stem.count >= 3 else { continue }
            for ending in ["", "a", "e", "y", "o", "ia", "any"] where lexicon.locationKeys.contains(stem + ending) { return true }
        }
        return false
    }

    @Test func smallLexicon() {
        let lexicon = Lexicon(commonWords: [], firstNames: [], surnames: [],
                              locations: ["Israel", "Canada", "Japan", "Germany", "Peru", "Iran", "Oman", "Zoë Land"])
        for word in ["Israeli", "Canadian", "Japanese", "German", "Iranian", "Omani", "Zoëlandic"] {
            #expect(lexicon.isDemonym(word), "\(word)")
        }
        for word in ["israeli", "Israel", "Iran", "Canadas", "Jap", "Ian", "Pan", "Zoë", "Peruvian"] {
            #expect(!lexicon.isDemonym(word), "\(word)")
        }
    }

    @Test func agreesWithStrippingOnTheStandardLexicon() {
        let lexicon = Lexicon.standard
        var words: [String] = ["Israeli", "Canadian", "Brazilian", "Chinese", "Smith", "Johnson", "Ian", "Jan", "Cafe", "Éire",
                               "ISRAELI", "JAPANESE", "FRENCH", "Chilean", "Ghanaian", "Israel\u{0301}", "Zoëlandic"]
        for key in lexicon.locationKeys.sorted().prefix(600) {
            let capitalised = key.prefix(1).uppercased() + key.dropFirst()
            words.append(capitalised)
            for suffix in ["i", "n", "an", "ese", "ic"] { words.append(capitalised + suffix) }
            words.append(String(capitalised.dropLast()) + "ian")
        }
        for word in words { #expect(lexicon.isDemonym(word) == isDemonymByStripping(word, in: lexicon), "\(word)") }
    }
}

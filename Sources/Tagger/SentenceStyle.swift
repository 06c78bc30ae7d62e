/// How a sentence as a whole is cased, which changes what a capital letter says about a token.
enum SentenceStyle: UInt8, Sendable {
    /// Ordinary prose: capitals mark sentence starts and names.
    case normal
    /// Headline style: most longer words capitalised.
    case title
    /// Most longer words fully upper-case.
    case upper
    /// No upper-case letters at all (chat, search queries).
    case lower

    /// Classifies a sentence from its tokens' capitalisation.
    ///
    /// Words of four letters or more decide title and upper style (short function words are
    /// often left lower-case in headlines): at least three such words, 90 % or more of them
    /// capitalised (so all of them in a short sentence).
    /// - Complexity: O(n) in the number of tokens.
    init(_ tokens: ArraySlice<TokenInfo>) {
        var wordCount = 0, longCount = 0, capitalizedLong = 0, upperLong = 0, anyUpper = false
        for token in tokens where token.capitalization != .none {
            wordCount += 1
            if token.capitalization != .lower { anyUpper = true }
            guard token.length >= 4 else { continue }
            longCount += 1
            if token.capitalization.isCapitalized { capitalizedLong += 1 }
            if token.capitalization == .upper { upperLong += 1 }
        }
        if wordCount >= 3 && !anyUpper {
            self = .lower
        } else if longCount >= 3 && upperLong * 10 >= longCount * 9 {
            self = .upper
        } else if longCount >= 3 && capitalizedLong * 10 >= longCount * 9 {
            self = .title
        } else {
            self = .normal
        }
    }
}

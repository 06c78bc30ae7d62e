/// Re-cased copies of training text, so the tagger learns what capital letters mean in
/// headlines and in all-lower-case text.
enum CaseVariants {
    /// Short function words that headline style leaves lower-case.
    private static let minorWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
    ]

    /// The token as it would appear in a headline: first letter upper-cased unless the
    /// token is a minor function word (the first token of the sentence always is).
    static func headline(_ token: String, isFirst: Bool) -> String {
        guard let first = token.first, first.isLowercase else { return token }
        if !isFirst && minorWords.contains(token) { return token }
        return first.uppercased() + token.dropFirst()
    }

    /// The sentence in headline case.
    static func headline(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { headline($0.element, isFirst: $0.offset == 0) }
    }
}

/// Splits a document into sentences: at line breaks, and after `.`, `!` or `?`
/// when the next word starts a new sentence and the mark does not end an
/// abbreviation or an initial. No sentence has more than `maximumSentenceTokens` tokens.
public struct SentenceSplitter: Sendable {
    private let tokenizer = Tokenizer()

    /// Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "inc", "corp", "ltd", "co", "vs",
        "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "no", "gen", "gov", "sen", "rep", "lt", "col",
        "sgt", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "dept", "est", "fig", "vol", "rev", "hon", "pres", "ave", "blvd",
    ]

    /// The most tokens a sentence may have: 200. A longer stretch without a sentence end (a
    /// list, a table flattened to one line, text that is no prose) is cut into pieces of at
    /// most this many tokens, after a comma or a similar mark in the second half of the piece
    /// where there is one, else before a word that is not capitalised, else at the limit.
    /// Name finding and the relation rules compare the names of a sentence with each other,
    /// so their work grows with the square of its length; news sentences stay far below.
    public static let maximumSentenceTokens = 200

    /// Creates a splitter.
    public init() {}

    /// The sentences of a text given as Unicode scalars.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public func sentences(of scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var lineStart = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" || scalars[i] == "\u{2028}" || scalars[i] == "\u{2029}" {
                if lineStart < i { split(line: lineStart..<i, of: scalars, into: &sentences) }
                lineStart = i + 1
            }
            i += 1
        }
        return sentences
    }

    private func split(line: Range<Int>, of scalars: [Unicode.Scalar], into sentences: inout [Sentence]) {
        let tokens = tokenizer.tokens(in: scalars, range: line)
        guard !tokens.isEmpty else { return }
        let heading = SentenceSplitter.isHeading(tokens)
        var first = 0
        var k = 0
        while k < tokens.count {
            if endsSentence(tokens, at: k) {
                var last = k
                while last + 1 < tokens.count, SentenceSplitter.isCloser(tokens[last + 1].text) { last += 1 }
                if last + 1 < tokens.count, startsSentence(tokens[last + 1]) {
                    append(Array(tokens[first...last]), scalars, heading: heading, into: &sentences)
                    first = last + 1
                }
                k = last + 1
            } else {
                k += 1
            }
        }
        if first < tokens.count {
            append(Array(tokens[first...]), scalars, heading: heading, into: &sentences)
        }
    }

    /// Appends the sentence of `tokens`, cut into pieces of at most `maximumSentenceTokens`.
    private func append(_ tokens: [Token], _ scalars: [Unicode.Scalar], heading: Bool, into sentences: inout [Sentence]) {
        var rest = tokens[...]
        while rest.count > SentenceSplitter.maximumSentenceTokens {
            let cut = SentenceSplitter.cut(rest)
            appendPiece(Array(rest[..<cut]), scalars, heading: heading, into: &sentences)
            rest = rest[cut...]
        }
        appendPiece(Array(rest), scalars, heading: heading, into: &sentences)
    }

    /// Where to end the first piece of `tokens`, which are more than `maximumSentenceTokens`:
    /// after the last comma-like mark of its second half, else before its last word that is not
    /// capitalised (so names stay whole), else at the limit.
    private static func cut(_ tokens: ArraySlice<Token>) -> Int {
        let limit = tokens.startIndex + maximumSentenceTokens
        let secondHalf = (tokens.startIndex + maximumSentenceTokens / 2)..<limit
        if let mark = secondHalf.last(where: { [",", ";", ":", "\u{2014}", "\u{2013}", ")"].contains(tokens[$0].text) }) {
            return mark + 1
        }
        if let word = secondHalf.last(where: { tokens[$0].kind == .word && !tokens[$0].hasUppercase }) {
            return word
        }
        return limit
    }

    private func appendPiece(_ tokens: [Token], _ scalars: [Unicode.Scalar], heading: Bool, into sentences: inout [Sentence]) {
        let start = tokens.first!.start, end = tokens.last!.end
        sentences.append(Sentence(index: sentences.count, start: start, end: end, text: String(scalars: scalars[start..<end]),
                                  tokens: tokens, isHeading: heading))
    }

    private func endsSentence(_ tokens: [Token], at k: Int) -> Bool {
        guard let mark = tokens[k].singleScalar else { return false }
        if mark == "!" || mark == "?" { return true }
        guard mark == "." || mark == "\u{2026}" else { return false }
        guard k > 0 else { return false }
        let previous = tokens[k - 1]
        guard previous.end == tokens[k].start else { return true }
        let word = previous.text.lowercased()
        if SentenceSplitter.abbreviations.contains(word) { return false }
        if previous.text.count == 1, previous.isCapitalized { return false }
        return true
    }

    private func startsSentence(_ token: Token) -> Bool {
        if token.kind == .number { return true }
        if token.isCapitalized { return true }
        return SentenceSplitter.isOpener(token.text)
    }

    static func isCloser(_ text: String) -> Bool {
        ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}"].contains(text)
    }

    static func isOpener(_ text: String) -> Bool {
        ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{00AB}", "*", "\u{2022}", "-"].contains(text)
    }

    /// Whether a line reads as a title-case heading: no closing full stop and
    /// most of its longer words capitalised.
    static func isHeading(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last, last.text != "." else { return false }
        let words = tokens.filter { $0.kind == .word && $0.text.count > 3 }
        guard !words.isEmpty else { return false }
        let capitalized = words.filter(\.isCapitalized).count
        return capitalized * 4 >= words.count * 3 && tokens.count <= 20
    }
}

/// Splits a document into sentences: at line breaks, and after `.`, `!` or `?`
/// when the next word starts a new sentence and the mark does not end an
/// abbreviation or an initial.
public struct SentenceSplitter: Sendable {
    private let tokenizer = Tokenizer()

    /// Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "inc", "corp", "ltd", "co", "vs",
        "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "no", "gen", "gov", "sen", "rep", "lt", "col",
        "sgt", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "dept", "est", "fig", "vol", "rev", "hon", "pres", "ave", "blvd",
    ]

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

    private func append(_ tokens: [Token], _ scalars: [Unicode.Scalar], heading: Bool, into sentences: inout [Sentence]) {
        let start = tokens.first!.start, end = tokens.last!.end
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        sentences.append(Sentence(index: sentences.count, start: start, end: end, text: String(text),
                                  tokens: tokens, isHeading: heading))
    }

    private func endsSentence(_ tokens: [Token], at k: Int) -> Bool {
        let t = tokens[k].text
        if t == "!" || t == "?" { return true }
        guard t == "." || t == "\u{2026}" else { return false }
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

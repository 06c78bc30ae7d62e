/// Splits text into word, number and punctuation tokens with scalar offsets.
///
/// Words keep inner hyphens, dots between letters ("U.S.") and apostrophes of
/// contractions ("don't"); the possessive `'s` and a plural possessive `'`
/// become tokens of their own, so "OpenAI's" is "OpenAI" + "'s".
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `scalars[range]`.
    ///
    /// - Complexity: O(*n*) in the length of the range.
    public func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = scalars[i]
            if Tokenizer.isSkipped(c) {
                i += 1
                continue
            }
            if c == "h" || c == "H" || c == "w" || c == "W", let urlEnd = Tokenizer.urlEnd(scalars, from: i, end: end) {
                tokens.append(Token(start: i, end: urlEnd, text: String(scalars: scalars[i..<urlEnd]), kind: .punctuation))
                i = urlEnd
                continue
            }
            // "@handle" and "#tag" stay whole, as social media write them.
            if (c == "@" || c == "#"), i + 1 < end, Tokenizer.isWordStart(scalars[i + 1]), i == range.lowerBound || !Tokenizer.isWordScalar(scalars[i - 1]) {
                var j = i + 1
                while j < end, Tokenizer.isWordScalar(scalars[j]) || scalars[j] == "_" { j += 1 }
                tokens.append(Token(start: i, end: j, text: String(scalars: scalars[i..<j]), kind: .punctuation))
                i = j
                continue
            }
            if Tokenizer.isWordStart(c) {
                var j = i + 1
                while j < end {
                    let d = scalars[j]
                    if Tokenizer.isWordScalar(d) { j += 1; continue }
                    if Tokenizer.isInnerJoiner(d), j + 1 < end, Tokenizer.isWordScalar(scalars[j + 1]) {
                        if Tokenizer.isApostrophe(d), Tokenizer.isPossessiveS(scalars, at: j + 1, end: end) { break }
                        j += 2
                        continue
                    }
                    break
                }
                tokens.append(makeToken(scalars, i, j))
                if j < end, Tokenizer.isApostrophe(scalars[j]) {
                    if Tokenizer.isPossessiveS(scalars, at: j + 1, end: end) {
                        tokens.append(makeToken(scalars, j, j + 2))
                        j += 2
                    } else if scalars[j - 1] == "s" || scalars[j - 1] == "S" {
                        tokens.append(Token(start: j, end: j + 1, text: String(scalars[j]), kind: .punctuation))
                        j += 1
                    }
                }
                i = j
            } else {
                tokens.append(Token(start: i, end: i + 1, text: String(c), kind: .punctuation))
                i += 1
            }
        }
        return tokens
    }

    /// Whether a scalar is skipped between tokens: white space, control and format characters.
    private static func isSkipped(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value <= 0x20 || c.value == 0x7F }
        return c.properties.isWhitespace || c.properties.generalCategory == .control || c.properties.generalCategory == .format
    }

    /// The end of a web address starting at `i` ("http://", "https://" or "www."), if one starts there.
    private static func urlEnd(_ scalars: [Unicode.Scalar], from i: Int, end: Int) -> Int? {
        // The prefixes are ASCII, so only ASCII letters can match them, case aside.
        func starts(_ prefix: StaticString) -> Bool {
            guard i + prefix.utf8CodeUnitCount <= end else { return false }
            return prefix.withUTF8Buffer { bytes in
                bytes.indices.allSatisfy { k in
                    let value = scalars[i + k].value
                    return value == UInt32(bytes[k]) || (0x41...0x5A).contains(value) && value + 0x20 == UInt32(bytes[k])
                }
            }
        }
        guard starts("http://") || starts("https://") || starts("www.") else { return nil }
        var j = i
        while j < end, !scalars[j].properties.isWhitespace { j += 1 }
        while j > i + 1, [".", ",", ")", "\"", "'", "!", "?", ";", ":"].contains(scalars[j - 1]) { j -= 1 }
        return j
    }

    private func makeToken(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        let word = String(scalars: scalars[start..<end])
        let isNumber = scalars[start..<end].allSatisfy { $0.isASCII ? !$0.isASCIILetter : !$0.properties.isAlphabetic }
        return Token(start: start, end: end, text: word, kind: isNumber ? .number : .word)
    }

    static func isWordStart(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.isASCIILetter || isASCIIDigit(c) }
        return isNonASCIIWordScalar(c, markAllowed: false)
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.isASCIILetter || isASCIIDigit(c) }
        return isNonASCIIWordScalar(c, markAllowed: true)
    }

    /// Whether a non-ASCII scalar is a letter or a digit (or, when `markAllowed`, a
    /// combining mark): Unicode's tables, kept out of line so that the ASCII path
    /// of its callers does not set up the standard library's numeric-type metadata.
    @inline(never)
    private static func isNonASCIIWordScalar(_ c: Unicode.Scalar, markAllowed: Bool) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
            || (markAllowed && c.properties.generalCategory == .nonspacingMark)
    }

    private static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    private static func isInnerJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "." || c == "'" || c == "\u{2019}" || c == "&" || c == "\u{2010}" || c == "\u{2011}"
    }

    private static func isPossessiveS(_ scalars: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        guard i < end, scalars[i] == "s" || scalars[i] == "S" else { return false }
        return i + 1 >= end || !isWordScalar(scalars[i + 1])
    }
}

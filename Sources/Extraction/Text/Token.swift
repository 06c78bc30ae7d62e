/// A word, number or punctuation mark of a document, with its place in the text.
public struct Token: Hashable, Sendable {
    /// What a token is made of.
    public enum Kind: Hashable, Sendable {
        /// Letters, possibly with digits, inner hyphens, dots or apostrophes.
        case word
        /// Digits, possibly with inner separators.
        case number
        /// A punctuation mark or symbol.
        case punctuation
    }

    /// Offset of the first Unicode scalar in the document text.
    public var start: Int
    /// Offset one past the last Unicode scalar (end exclusive).
    public var end: Int
    /// The token as written.
    public var text: String
    /// What the token is made of.
    public var kind: Kind

    /// Creates a token.
    public init(start: Int, end: Int, text: String, kind: Kind) {
        precondition(start < end, "a token covers at least one scalar")
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
    }

    /// Whether the token begins with an upper-case letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isUppercaseLetter
    }

    /// Whether the token has an upper-case letter anywhere ("OpenAI", "iPhone").
    public var hasUppercase: Bool {
        // ASCII bytes are answered directly; from the first non-ASCII byte on, Unicode decides.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if (0x41...0x5A).contains(byte) { return true }
            }
            return false
        }
        return (ascii ?? nil) ?? text.unicodeScalars.contains(where: \.isUppercaseLetter)
    }

    /// Whether every letter of the token is upper case and it has at least two ("NASA").
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isASCII ? scalar.isASCIILetter : scalar.properties.isAlphabetic {
            guard scalar.isUppercaseLetter else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether the token is the possessive clitic `'s` (straight or curly apostrophe).
    /// Compared by scalars: `==` on strings with a non-ASCII side takes Unicode's slow path.
    public var isPossessive: Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "'" || first == "\u{2019}" else { return false }
        guard let second = scalars.next() else { return true }
        return second == "s" && scalars.next() == nil
    }

    /// The token's scalar when it has exactly one (most punctuation), else nil.
    var singleScalar: Unicode.Scalar? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }
}

/// Random text that tries to break every export format: markup and syntax of
/// XML, DOT, CSV and JSON, every kind of line break, control characters
/// (NUL and DEL included), noncharacters, combining marks, emoji,
/// right-to-left text and, now and then, a very long string.
enum HostileText {
    /// Pieces that mean something to some format.
    static let fragments: [String] = [
        "\"", "\\", "\\\\", "\\\"", "\\n", "'", "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x1F;", "&nbsp;",
        "]]>", "<![CDATA[", "<!--", "-->", "--", "<data key=\"label\">", "</data>", "</node>", "<?xml?>",
        "\"]; node [label=", "\"] -> \"x", "->", "{", "}", "[", "]", ";", ",", "=", "|", " | ", " |", "| ",
        ",\"", "\"\"", "\n", "\r", "\r\n", "\n\r", "\t", " ", "  ", "\u{0B}", "\u{0C}",
        "\u{00}", "\u{01}", "\u{08}", "\u{1B}[31m", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
        "\u{2028}", "\u{2029}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}",
        "\u{E000}", "\u{D7FF}", "\u{F8FF}",
        "e\u{301}", "\u{E9}", "\u{301}", "\u{20DD}", "Z\u{351}\u{36B}\u{343}\u{36A}\u{302}",
        "👩‍👩‍👧", "🏳️‍🌈", "🚀", "🇺🇳", "שלום", "مرحبا", "\u{202E}", "\u{202B}", "\u{200F}", "日本語", "Ǆ",
        "%s", "%n", "${x}", "{{x}}", "\u{0}\u{0}", "null", "NaN", "Infinity", "-", "_", ".", "0", "1e-07",
    ] + noncharacters

    /// Noncharacters (the compiler refuses some as literals): allowed in XML 1.0 except U+FFFE and U+FFFF.
    static let noncharacters: [String] = [0xFDD0, 0xFDEF, 0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF].map { value in
        String(Character(Unicode.Scalar(UInt32(value))!))
    }

    /// Plain words, so that some names have letters and distinct ids.
    static let words = ["Acme", "Zeta", "Nova", "Orbit", "Delta", "Quill", "Birch", "Kite", "Lumen", "Maple"]

    /// A random string of up to seven pieces; about one in 3,000 (one in some
    /// 30 graphs) is thousands of scalars long.
    static func make(using random: inout SeededRandom) -> String {
        if random.chance(1, in: 3_000) { return long(using: &random) }
        var text = ""
        for _ in 0..<random.below(8) {
            switch random.below(10) {
            case 0...4: text += random.pick(fragments)
            case 5, 6: text += random.pick(words)
            default: text.unicodeScalars.append(scalar(using: &random))
            }
        }
        return text
    }

    /// A name: usually with a word and a number in it (so entities differ), else anything.
    static func name(_ index: Int, using random: inout SeededRandom) -> String {
        if random.chance(1, in: 6) { return make(using: &random) }
        let parts = [make(using: &random), "\(random.pick(words)) \(index)", make(using: &random)]
        return parts.joined(separator: random.chance(1, in: 2) ? " " : "")
    }

    /// Thousands of scalars: one fragment repeated, or random scalars.
    static func long(using random: inout SeededRandom) -> String {
        let length = 2_000 + random.below(18_000)
        if random.chance(1, in: 2) {
            let piece = random.pick(fragments) + random.pick(words)
            return String(repeating: piece, count: length / max(piece.unicodeScalars.count, 1))
        }
        var text = ""
        for _ in 0..<length { text.unicodeScalars.append(scalar(using: &random)) }
        return text
    }

    /// Any Unicode scalar, weighted towards ASCII, controls and the ends of the planes.
    static func scalar(using random: inout SeededRandom) -> Unicode.Scalar {
        let value: Int
        switch random.below(6) {
        case 0: value = random.below(0x20)
        case 1: value = 0x20 + random.below(0x60)
        case 2: value = 0x80 + random.below(0x780)
        case 3: value = random.below(0xD800)
        case 4: value = 0xE000 + random.below(0x2000)
        default: value = 0x10000 + random.below(0x100000)
        }
        return Unicode.Scalar(UInt32(value))!
    }
}

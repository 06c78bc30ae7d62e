@testable import Export
import Testing

/// The byte scan that decides whether a text needs cleaning before libxml2
/// sees it agrees with XML 1.0's rule applied character by character.
@Suite("XML characters")
struct XMLCharactersTests {
    /// Characters on both sides of every edge of the rule, in one, two, three and four UTF-8 bytes.
    static let pool: [Unicode.Scalar] = [
        "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{B}", "\u{C}", "\u{D}", "\u{E}", "\u{1F}", " ", "a", "<", "&",
        "\u{7F}", "\u{80}", "é", "\u{301}", "\u{D7FF}", "\u{E000}", "日", "\u{EFBF}", "\u{FFBE}", "\u{FFFD}",
        "\u{FFFE}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}",
    ]

    @Test func byteScanMatchesTheCharacterRule() {
        var random = SeededRandom(seed: 0x584D_4C43)
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(24) { scalars.append(random.pick(Self.pool)) }
            let text = String(scalars)
            let expected = text.unicodeScalars.allSatisfy(\.isAllowedInXML)
            #expect(text.isAllowedInXML == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(text.xmlSafe.isAllowedInXML)
            #expect(text.xmlSafe.unicodeScalars.count == text.unicodeScalars.count)
        }
    }

    @Test func longTextsAreScannedToTheEnd() {
        let clean = String(repeating: "Ünïcödé text, ", count: 1_000)
        #expect(clean.isAllowedInXML)
        #expect(!(clean + "\u{FFFF}").isAllowedInXML)
        #expect(!(clean + "\u{1}").isAllowedInXML)
        #expect((clean + "\u{FFFD}").isAllowedInXML)
    }
}

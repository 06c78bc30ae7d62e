import Testing
@testable import Graph

@Suite("EntityID")
struct EntityIDTests {
    @Test("spacing, case and punctuation variants share one id")
    func variantsShareID() {
        #expect(EntityID(name: "HuggingFace") == EntityID(name: "Hugging Face"))
        #expect(EntityID(name: "openai") == EntityID(name: "OpenAI"))
        #expect(EntityID(name: "Tom's Guide") == EntityID(name: "Tom’s Guide"))
        #expect(EntityID(name: "Stable Diffusion") != EntityID(name: "Stability AI"))
    }

    @Test("ids are XML NMTOKENs even for non-ASCII and punctuation-only names")
    func idsAreNMTokens() {
        for name in ["Zürich Versicherung", "北京", "\"]; node [label=x", "!!!", "Ünal Çelik"] {
            let id = EntityID(name: name).rawValue
            #expect(!id.isEmpty)
            #expect(id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        }
        #expect(EntityID(name: "Zürich") != EntityID(name: "Zurich"))
    }

    @Test("an ASCII name's key is the Unicode rule's: lower-cased letters and digits, nothing else")
    func asciiKeysFollowTheUnicodeRule() {
        func unicodeKey(_ name: String) -> String {
            String(String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
        }
        let everyASCII = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init)))
        for name in [everyASCII, "Hugging Face", "AT&T", "3M Co.", "", "--", "X Æ A-12"] {
            #expect(EntityID.key(for: name) == unicodeKey(name), "\(name)")
        }
        #expect(EntityID(name: "AT&T").rawValue == "att")
        #expect(EntityID(name: "...").rawValue == "unnamed")
    }
}

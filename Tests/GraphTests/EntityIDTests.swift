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
}

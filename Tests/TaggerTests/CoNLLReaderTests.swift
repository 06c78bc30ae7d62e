import Testing
@testable import Tagger

@Suite("CoNLL reading")
struct CoNLLReaderTests {
    @Test func readsSentencesAndMapsTypes() throws {
        let text = "Paul\tB-person\nSmith\tI-person\njoined\tO\nMicrosoft\tB-corporation\n\nHi\tO\nthere\tO\n\n"
        let sentences = try CoNLLReader.parse(text)
        #expect(sentences.count == 2)
        #expect(sentences[0].tokens == ["Paul", "Smith", "joined", "Microsoft"])
        #expect(sentences[0].tags.map(\.description) == ["B-PER", "I-PER", "O", "B-ORG"])
        #expect(sentences[0].tags.mentionRanges().map(\.label) == [.PER, .ORG])
    }

    @Test func mapsEveryCorpusTypeName() {
        #expect(BIOTag(corpusTag: "B-CW") == .begin(.WORK))
        #expect(BIOTag(corpusTag: "I-creative-work") == .inside(.WORK))
        #expect(BIOTag(corpusTag: "B-GRP") == .begin(.ORG))
        #expect(BIOTag(corpusTag: "B-product") == .begin(.PROD))
        #expect(BIOTag(corpusTag: "B-OTH") == .begin(.MISC))
        #expect(BIOTag(corpusTag: "B-EVENT") == nil)
    }

    @Test func rejectsMalformedLines() {
        #expect(throws: CoNLLReader.ReadError.malformedLine(line: 2, text: "Smith")) {
            try CoNLLReader.parse("Paul\tB-PER\nSmith\n")
        }
    }
}

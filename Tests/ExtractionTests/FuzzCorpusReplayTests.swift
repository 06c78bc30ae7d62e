import Extraction
import Foundation
import Graph
import Testing

/// The committed seed and regression corpus of the FuzzText fuzz target, `Tests/FuzzCorpus/text`.
let textFuzzCorpus = FuzzCorpus("text")

/// Replays every file of the FuzzText corpus through the fuzz target's own pipeline
/// (`TextFuzzPipeline`), so an input that once crashed or broke the graph stays fixed.
@Suite("Fuzz corpus replay: text")
struct FuzzCorpusReplayTests {
    @Test("the corpus holds the hand-made seeds")
    func corpusIsThere() {
        #expect(textFuzzCorpus.fileNames.count >= 20)
        #expect(textFuzzCorpus.fileNames.contains("news-paragraph"))
    }

    @Test("every corpus file is refused, found empty or gives a sound graph", arguments: textFuzzCorpus.fileNames)
    func replay(fileName: String) throws {
        switch try TextFuzzPipeline.run(textFuzzCorpus.bytes(of: fileName)) {
        case .refused(let error):
            #expect(!error.reason.isEmpty)
        case .empty:
            break
        case .graph(let document, let graph, let built):
            #expect(TextFuzzPipeline.violations(in: graph, of: document) == [])
            #expect(TextFuzzPipeline.differences(built: built, full: graph) == [])
        }
    }

    @Test("the news seeds give their people and organizations",
          arguments: ["news-paragraph", "news-markdown-front-matter", "news-html-article"])
    func newsSeeds(fileName: String) throws {
        guard case .graph(_, let graph, _) = try TextFuzzPipeline.run(textFuzzCorpus.bytes(of: fileName)) else {
            Issue.record("\(fileName) gave no graph")
            return
        }
        let labels = Set(graph.entities.values.map(\.label))
        #expect(labels.contains("Helga Varnum"))
        #expect(labels.contains("Lumora Dynamics"))
        #expect(!graph.relations.isEmpty)
    }

    @Test("a NUL byte makes the file binary and refused")
    func nulByte() throws {
        guard case .refused(let error) = try TextFuzzPipeline.run(textFuzzCorpus.bytes(of: "nul-byte")) else {
            Issue.record("the file with a NUL byte was read")
            return
        }
        #expect(error == .binaryContent(path: error.path))
    }

    @Test("invalid UTF-8 is repaired and the names around it are still found")
    func invalidUTF8() throws {
        guard case .graph(let document, let graph, _) = try TextFuzzPipeline.run(textFuzzCorpus.bytes(of: "invalid-utf8")) else {
            Issue.record("the file with invalid UTF-8 gave no graph")
            return
        }
        #expect(document.text.contains("\u{FFFD}"))
        #expect(!graph.entities.isEmpty)
    }

    @Test("a page of scripts and styles alone has no text", arguments: ["html-only-script", "whitespace-only", "empty"])
    func emptyDocuments(fileName: String) throws {
        guard case .empty = try TextFuzzPipeline.run(textFuzzCorpus.bytes(of: fileName)) else {
            Issue.record("\(fileName) gave a document")
            return
        }
    }
}

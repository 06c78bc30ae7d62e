import Extraction
import Foundation
import Graph
import Testing

/// Inputs far outside what articles look like, made at run time rather than committed:
/// each must be read and extracted, or refused with a reason, without crashing or hanging.
/// They run through the same pipeline as the FuzzText fuzz target (`TextFuzzPipeline`).
@Suite("Pathological inputs", .serialized)
struct PathologicalInputTests {
    /// A sentence naming two people, an organization and a place.
    private static let sentence = "Ada Quist met Tamsin Lowe, the founder of Borel Labs, in Oslo on Monday. "

    /// What the pipeline makes of `text` read as a file with the extension `fileExtension`.
    private func run(_ text: String, fileExtension: String) throws -> TextFuzzPipeline.Outcome {
        try TextFuzzPipeline.run(TextFuzzPipeline.input(Array(text.utf8), fileExtension: fileExtension))
    }

    /// The document and graph of `text`, checked for soundness; nil if it gave none.
    private func graph(of text: String, fileExtension: String) throws -> (Document, KnowledgeGraph)? {
        guard case .graph(let document, let graph, let built) = try run(text, fileExtension: fileExtension) else { return nil }
        #expect(TextFuzzPipeline.violations(in: graph, of: document) == [])
        #expect(TextFuzzPipeline.differences(built: built, full: graph) == [])
        return (document, graph)
    }

    /// The entity labelled `label` in `graph`.
    private func entity(_ label: String, in graph: KnowledgeGraph) -> Entity? {
        graph.entities.values.first { $0.label == label }
    }

    @Test("a 10 MB single line is refused as too long to extract, with its length")
    func tenMegabyteLine() throws {
        let text = String(repeating: Self.sentence, count: 10 * 1024 * 1024 / Self.sentence.utf8.count + 1)
        #expect(!text.contains("\n"))

        guard case .refused(let error) = try run(text, fileExtension: "txt") else {
            Issue.record("a text of \(text.unicodeScalars.count) characters was read")
            return
        }
        #expect(error == .tooLong(path: error.path, length: text.unicodeScalars.count, limit: DocumentReader.defaultMaximumTextLength))
        #expect(error.reason.hasPrefix("text too long to extract"))
    }

    @Test("a sentence of a million tokens is refused as too long to extract")
    func millionTokenSentence() throws {
        // 20 tokens a phrase and no sentence end until the last one.
        let phrase = "and then Ada Quist , who had met Tamsin Lowe at Borel Labs in Oslo , said that the deal "
        let text = String(repeating: phrase, count: 1_000_000 / 20) + "closed."
        #expect(AnalyzedDocument(Document(name: "probe", text: phrase)).sentences.map(\.tokens.count) == [20])

        guard case .refused(let error) = try run(text, fileExtension: "txt") else {
            Issue.record("a sentence of a million tokens was read")
            return
        }
        #expect(error == .tooLong(path: error.path, length: text.unicodeScalars.count, limit: DocumentReader.defaultMaximumTextLength))
    }

    @Test("a sentence of 10,000 tokens is cut into pieces of at most 200 tokens and extracted")
    func longSentence() throws {
        let phrase = "and then Ada Quist , who had met Tamsin Lowe at Borel Labs in Oslo , said that the deal "
        let text = String(repeating: phrase, count: 10_000 / 20) + "closed"
        let pieces = AnalyzedDocument(Document(name: "long", text: text)).sentences
        #expect(pieces.count >= 10_000 / SentenceSplitter.maximumSentenceTokens)
        #expect(pieces.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumSentenceTokens })
        #expect(pieces.map { $0.tokens.count }.reduce(0, +) == 10_001)

        let (document, graph) = try #require(try graph(of: text, fileExtension: "txt"))

        #expect(document.text == text)
        #expect(entity("Ada Quist", in: graph)?.type == .person)
        #expect(entity("Oslo", in: graph)?.type == .location)
    }

    @Test("a single line of 1,000 sentences is read whole and every mention is found")
    func longLine() throws {
        let text = String(repeating: Self.sentence, count: 1_000)
        let (document, graph) = try #require(try graph(of: text, fileExtension: "txt"))

        #expect(document.text == text)
        #expect(entity("Ada Quist", in: graph)?.mentions.count == 1_000)
        #expect(entity("Borel Labs", in: graph)?.type == .organization)
    }

    @Test("a run of 5,000 capitalised words is no name, and the names after it are found")
    func longCapitalisedRun() throws {
        let text = String(repeating: "Alpha Beta Gamma Delta Epsilon ", count: 1_000) + "said that " + Self.sentence
        let (_, graph) = try #require(try graph(of: text, fileExtension: "txt"))

        #expect(graph.entities.values.allSatisfy { $0.label.split(separator: " ").count <= 16 })
        #expect(entity("Ada Quist", in: graph) != nil)
    }

    @Test("10,000 nested HTML elements keep the text inside them")
    func deeplyNestedHTML() throws {
        let html = "<html><body>" + String(repeating: "<div><span>", count: 5_000)
            + "<p>" + Self.sentence + "</p>" + String(repeating: "</span></div>", count: 5_000) + "</body></html>"
        let (document, graph) = try #require(try graph(of: html, fileExtension: "html"))

        #expect(document.text.contains("Ada Quist met Tamsin Lowe, the founder of Borel Labs"))
        #expect(entity("Ada Quist", in: graph) != nil)
        #expect(entity("Borel Labs", in: graph)?.type == .organization)
    }

    @Test("10,000 unclosed nested HTML elements keep the text inside them")
    func deeplyNestedUnclosedHTML() throws {
        let html = String(repeating: "<div><b>", count: 5_000) + Self.sentence
        let (document, graph) = try #require(try graph(of: html, fileExtension: "html"))

        #expect(document.text.contains("Ada Quist met Tamsin Lowe, the founder of Borel Labs"))
        #expect(entity("Tamsin Lowe", in: graph) != nil)
    }
}

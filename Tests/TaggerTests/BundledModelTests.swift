import Foundation
import Testing
import Tagger

@Suite("Bundled model")
struct BundledModelTests {
    @Test func loadsAndTagsASimpleSentence() throws {
        let model = try NERModel.load()
        let tokens = ["Paul", "Smith", "joined", "Microsoft", "in", "London", "."]
        let spans = try #require(model.tag(document: [tokens]).first)
        let found = spans.map { "\(tokens[$0.start..<$0.end].joined(separator: " "))/\($0.label)" }
        #expect(found == ["Paul Smith/PER", "Microsoft/ORG", "London/LOC"])
        #expect(spans.allSatisfy { (0...1).contains($0.confidence) })
    }

    @Test func handlesEmptyInput() throws {
        let model = try NERModel.load()
        #expect(model.tag(document: []).isEmpty)
        #expect(model.tag(document: [[]]) == [[]])
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["KG_BENCH"] == "1"))
    func benchmark() throws {
        let model = try NERModel.load()
        let sentence = ["Paul", "Smith", "joined", "Microsoft", "in", "London", "on", "Monday", ",", "the", "company",
                        "said", "in", "a", "statement", "."]
        let documents = Array(repeating: Array(repeating: sentence, count: 20), count: 200)
        let clock = ContinuousClock()
        let loadTime = clock.measure { _ = try? NERModel.load() }
        let result = model.measureThroughput(documents: documents, repetitions: 3)
        print("NER load \(loadTime), tagging \(Int(result.tokensPerSecond)) tokens/s over \(result.tokens) tokens")
    }
}

import Graph
import Testing
@testable import Extraction

/// The assembler keeps every mention and sentence of the documents it assembles.
@Suite("Graph assembler")
struct GraphAssemblerTests {
    /// Articles that name the same people and companies in different words,
    /// so that relations recur across documents with different evidence.
    static let texts = [
        "Quantix Robotics founder Maria Delgado met Chatterly CEO Tom Reyes in Chicago. Delgado said Quantix Robotics acquired Brightline.",
        "Chatterly CEO Tom Reyes said Chatterly partnered with Quantix Robotics. Reyes spoke to Maria Delgado in Boston.",
        "Maria Delgado, the founder of Quantix Robotics, said the company invested in Brightline. Tom Reyes of Chatterly agreed.",
        "Brightline is owned by Quantix Robotics, Delgado said. Chatterly and Quantix Robotics are competitors, said Reyes.",
    ]

    @Test("entities keep every mention and relations every sentence, in any document order")
    func keepsEveryMentionAndSentence() {
        let extractor = Extractor()
        let extractions = (0..<12).map { extractor.extract(Document(name: "doc\($0).txt", text: Self.texts[$0 % Self.texts.count])) }
        let resolved = CorpusResolver().resolve(extractions)
        let graph = GraphAssembler().graph(from: resolved)
        let mentions = resolved.reduce(0) { $0 + $1.entities.reduce(0) { $0 + $1.mentions.count } }
        #expect(graph.entities.values.reduce(0) { $0 + $1.mentions.count } == mentions)
        for entity in graph.entities.values { #expect(entity.mentionCount == entity.mentions.count) }
        for relation in graph.relations.values { #expect(relation.weight == Double(relation.evidence.count)) }
        #expect(graph.relations.values.contains { $0.evidence.count > 1 }, "some relation is stated in several documents")
        #expect(GraphAssembler().graph(from: resolved.reversed()) == graph)
    }
}

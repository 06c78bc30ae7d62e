import Graph
import Testing
@testable import Extraction

/// The assembler merges relation records in batches as it goes; the graph
/// must be the one that merging every record at once gives.
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

    static func extractions() -> [DocumentExtraction] {
        let extractor = Extractor()
        let documents = (0..<24).map { Document(name: "doc\($0).txt", text: texts[$0 % texts.count]) }
        return CorpusResolver().resolve(documents.map(extractor.extract))
    }

    @Test(arguments: [1, 2, 7, 50])
    func batchesGiveTheGraphOfOneMerge(batchSize: Int) {
        let extractions = Self.extractions()
        let whole = GraphAssembler(relationBatchSize: .max).graph(from: extractions)
        #expect(whole.relations.values.contains { $0.evidence.count > 1 }, "some relation is stated in several documents")
        let batched = GraphAssembler(relationBatchSize: batchSize).graph(from: extractions)
        #expect(batched == whole, "entities and relations with all their fields, weight and documents included")
    }

    @Test("documents split among threads give the graph of one thread", arguments: [2, 3, 5, 30])
    func jobsGiveTheGraphOfOneThread(jobs: Int) {
        let extractions = Self.extractions()
        let whole = GraphAssembler(jobs: 1).graph(from: extractions)
        #expect(GraphAssembler(jobs: jobs).graph(from: extractions) == whole)
        #expect(GraphAssembler(jobs: jobs, relationBatchSize: 3).graph(from: extractions) == whole)
    }
}

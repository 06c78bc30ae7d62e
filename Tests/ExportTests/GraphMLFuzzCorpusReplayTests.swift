import Export
import Foundation
import Graph
import Testing

/// The committed seed and regression corpus of the FuzzGraphML fuzz target, `Tests/FuzzCorpus/graphml`.
let graphMLFuzzCorpus = FuzzCorpus("graphml")

/// Replays every file of the FuzzGraphML corpus through the fuzz target's own code
/// (`GraphMLFuzzPipeline`, `ExportRoundTrip`), so an input that once crashed the reader
/// or broke the round trip stays fixed.
@Suite("Fuzz corpus replay: GraphML")
struct GraphMLFuzzCorpusReplayTests {
    @Test("the corpus holds the hand-made seeds")
    func corpusIsThere() {
        #expect(graphMLFuzzCorpus.fileNames.count >= 20)
        #expect(graphMLFuzzCorpus.fileNames.contains("kg-small.graphml"))
    }

    @Test("the two entry points agree on every corpus file, and every graph survives writing and reading back",
          arguments: graphMLFuzzCorpus.fileNames)
    func replay(fileName: String) throws {
        switch GraphMLFuzzPipeline.run(try graphMLFuzzCorpus.bytes(of: fileName)) {
        case .refused(let error):
            #expect(!error.description.isEmpty)
        case .document(_, let error):
            #expect(!error.description.isEmpty)
        case .inconsistent(_, let error):
            Issue.record("graph(from:) read a graph that document(from:) refuses: \(error)")
        case .graph(let graph):
            #expect(ExportRoundTrip.violations(of: graph) == [])
        }
    }

    @Test("kg's own file reads back as a knowledge graph")
    func kgFile() throws {
        guard case .graph(let graph) = GraphMLFuzzPipeline.run(try graphMLFuzzCorpus.bytes(of: "kg-small.graphml")) else {
            Issue.record("kg-small.graphml gave no graph")
            return
        }
        #expect(graph.entities.count == 8)
        #expect(graph.relations.count == 9)
    }

    @Test("entity declarations, external entities and truncated files are refused",
          arguments: ["xxe-system-entity.graphml", "xxe-parameter-entity.graphml", "billion-laughs.graphml",
                      "kg-truncated.graphml", "kg-truncated-in-tag.graphml", "empty.graphml", "deep-nesting.graphml"])
    func hostileFiles(fileName: String) throws {
        guard case .refused = GraphMLFuzzPipeline.run(try graphMLFuzzCorpus.bytes(of: fileName)) else {
            Issue.record("\(fileName) was read")
            return
        }
    }
}

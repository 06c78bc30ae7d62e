// Shared by the FuzzGraphML fuzz target (Fuzz/Sources/FuzzGraphML links this file) and
// GraphMLFuzzCorpusReplayTests, so the committed corpus replays through the fuzzer's own code.
import Export
import Foundation
import Graph

/// `GraphMLReader`'s public API on arbitrary bytes: the input read as a GraphML
/// document and as a knowledge graph. Errors are expected; crashes and hangs are not.
enum GraphMLFuzzPipeline {
    /// What one input gave.
    enum Outcome {
        /// Not a GraphML document: the reader's error.
        case refused(GraphMLReadError)
        /// A GraphML document that is no knowledge graph: the document and the error.
        case document(GraphMLDocument, GraphMLReadError)
        /// A knowledge graph.
        case graph(KnowledgeGraph)
        /// The two entry points disagree: a graph from bytes that are no document.
        case inconsistent(KnowledgeGraph, GraphMLReadError)
    }

    /// Runs both entry points of the reader on `input`.
    static func run(_ input: [UInt8]) -> Outcome {
        let data = Data(input)
        let reader = GraphMLReader()
        let document = Result { () throws(GraphMLReadError) in try reader.document(from: data) }
        let graph = Result { () throws(GraphMLReadError) in try reader.graph(from: data) }
        switch (document, graph) {
        case (.failure(let error), .failure): return .refused(error)
        case (.failure(let error), .success(let graph)): return .inconsistent(graph, error)
        case (.success(let document), .failure(let error)): return .document(document, error)
        case (.success, .success(let graph)): return .graph(graph)
        }
    }
}

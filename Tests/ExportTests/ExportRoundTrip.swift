// Shared by both fuzz targets (Fuzz/Sources/FuzzText and Fuzz/Sources/FuzzGraphML link
// this file) and FuzzCorpusReplayTests, so the corpus replays through the fuzzers' own code.
import Export
import Foundation
import Graph

/// Writes a graph as DOT and GraphML in memory and reads the GraphML back: the oracle
/// the fuzz targets apply to every graph they get.
enum ExportRoundTrip {
    /// What is wrong with writing `graph`: a writer that fails, GraphML that
    /// `GraphMLReader` refuses, or a graph read back with other entities or relations.
    /// Empty when the round trip holds.
    static func violations(of graph: KnowledgeGraph) -> [String] {
        let dot = DOTWriter().data(for: graph)
        guard String(data: dot, encoding: .utf8) != nil else { return ["the DOT text is not UTF-8"] }
        let graphML: Data
        do {
            graphML = try GraphMLWriter().data(for: graph)
        } catch {
            return ["GraphMLWriter failed: \(error)"]
        }
        let loaded: KnowledgeGraph
        do {
            loaded = try GraphMLReader().graph(from: graphML)
        } catch {
            return ["the written GraphML does not read back: \(error)"]
        }
        var found: [String] = []
        if Set(loaded.entities.keys) != Set(graph.entities.keys) {
            found.append("read back \(loaded.entities.count) entities instead of \(graph.entities.count)")
        }
        if Set(loaded.relations.keys) != Set(graph.relations.keys) {
            found.append("read back \(loaded.relations.count) relations instead of \(graph.relations.count)")
        }
        return found
    }
}

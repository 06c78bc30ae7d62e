import Foundation
import Testing

/// `kg query` on the graph of the seed articles, as a user runs it.
@Suite("kg query")
struct QueryTests {
    /// Builds the seeds into a fresh folder and returns the GraphML path and the folder.
    private func seedGraph() throws -> (graph: String, folder: URL) {
        let folder = try Scratch.folder("query")
        let built = try Run.kg(["build", "seeds", "--out", folder.path])
        try #require(built.status == 0, "kg build failed:\n\(built)")
        return (folder.appendingPathComponent("graph.graphml").path, folder)
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("find, neighbors, path, top, communities and events answer in tables and JSON")
    func answers() throws {
        let (graph, folder) = try seedGraph()
        defer { try? FileManager.default.removeItem(at: folder) }

        let find = try Run.kg(["query", "find", graph, "huggingface", "--json"])
        let found = try #require(try json(find.output) as? [[String: Any]], "\(find)")
        #expect(found.map { $0["label"] as? String } == ["Hugging Face"])

        let neighbors = try Run.kg(["query", "neighbors", graph, "Sora leak", "--direction", "out", "--json"])
        let linked = try #require(try json(neighbors.output) as? [[String: Any]], "\(neighbors)")
        #expect(linked.contains { $0["label"] as? String == "Hugging Face" && $0["relation"] as? String == "occurred_on" })
        #expect(linked.allSatisfy { ["out", "both"].contains($0["direction"] as? String) })

        let path = try Run.kg(["query", "path", graph, "Paul Roetzer", "Hugging Face", "--json"])
        let route = try #require(try json(path.output) as? [String: Any], "\(path)")
        let labels = try #require(route["labels"] as? [String])
        #expect(labels.first == "Paul Roetzer" && labels.last == "Hugging Face")
        #expect(route["length"] as? Int == labels.count - 1)

        let top = try Run.kg(["query", "top", graph, "--by", "pagerank", "--limit", "3"])
        #expect(top.status == 0 && top.output.split(separator: "\n").count == 5, "header, rule and 3 rows:\n\(top)")

        let communities = try Run.kg(["query", "communities", graph, "--json"])
        let groups = try #require(try json(communities.output) as? [[String: Any]], "\(communities)")
        #expect(!groups.isEmpty)

        let events = try Run.kg(["query", "events", graph])
        #expect(events.output.contains("Sora leak"), "\(events)")
    }

    @Test("ego writes a valid GraphML; an unknown name or a bad file fails clearly",
          .enabled(if: Tools.shouldRun(["xmllint"]), "xmllint is not installed (set CI to require it)"))
    func egoAndErrors() throws {
        let (graph, folder) = try seedGraph()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ego = folder.appendingPathComponent("ego.graphml").path
        let outcome = try Run.kg(["query", "ego", graph, "Sora", "--hops", "1", "--out", ego])
        #expect(outcome.status == 0, "\(outcome)")
        try GraphChecks.expectValidGraphML(URL(fileURLWithPath: ego))

        let unknown = try Run.kg(["query", "neighbors", graph, "Nobody Atall"])
        #expect(unknown.status != 0 && unknown.errors.contains("no entity named 'Nobody Atall'"))
        let notGraph = try Run.kg(["query", "find", "seeds/000_5c7faa86095bd096.txt", "x"])
        #expect(notGraph.status != 0 && !notGraph.errors.isEmpty)
    }
}

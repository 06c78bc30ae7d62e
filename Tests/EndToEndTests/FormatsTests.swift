import Foundation
import Testing

/// `kg build --format` with every format.
@Suite("kg build --format")
struct FormatsTests {
    @Test("every format is written; GEXF validates, GEXF and JSON load in networkx",
          .enabled(if: Tools.shouldRun(["xmllint", "dot", "python3"], pythonModules: ["networkx"]),
                   "xmllint, Graphviz or python3 with networkx is missing (set CI to require them)"))
    func everyFormat() throws {
        let folder = try Scratch.folder("formats")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Run.kg(["build", "seeds", "--out", folder.path, "--format", "graphml,dot,gexf,json,neo4j,svg,png"])
        try #require(outcome.status == 0, "kg build --format ... failed:\n\(outcome)")
        for name in ["graph.graphml", "graph.dot", "graph.gexf", "graph.json", "graph.svg", "graph.png",
                     "neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/import.cypher"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "no \(name)")
        }
        let gexf = folder.appendingPathComponent("graph.gexf").path
        let schema = Paths.shared.appendingPathComponent("schemas/gexf/gexf.xsd").path
        let valid = try Run.tool("xmllint", ["--noout", "--nonet", "--schema", schema, gexf])
        #expect(valid.status == 0, "graph.gexf does not validate:\n\(valid)")
        let script = """
        import json, sys, networkx as nx
        g = nx.read_gexf(sys.argv[1]); h = nx.node_link_graph(json.load(open(sys.argv[2])), edges="links")
        print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges())
        """
        let loaded = try Run.tool("python3", ["-c", script, gexf, folder.appendingPathComponent("graph.json").path])
        #expect(loaded.status == 0, "networkx could not load the files:\n\(loaded)")
        let counts = loaded.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.count == 4 && counts[0] == counts[2] && counts[1] == counts[3] && counts[0] > 0, "counts: \(loaded.output)")
    }

    @Test("an unknown format is refused before anything is read")
    func unknownFormat() throws {
        let folder = try Scratch.folder("format-unknown")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Run.kg(["build", "seeds", "--out", folder.path, "--format", "graphml,pdf"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("unknown format 'pdf'"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty ?? true)
    }
}

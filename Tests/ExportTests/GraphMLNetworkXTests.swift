import Export
import Foundation
import Graph
import Testing

/// Compares kg's queries on the seed articles' graph (`out/graph.graphml`) with
/// networkx reading the same file.
///
/// PageRank is defined as in `GraphIndex.pageRank`: a DiGraph where each stored
/// relation (GraphML edge) is an edge head -> tail and the weight of an ordered pair
/// is the summed weight of its relations. The script builds that DiGraph from the
/// edges of a multigraph read, not from `read_graphml`'s own collapse of parallel edges.
@Suite("The seed articles' graph against networkx")
struct GraphMLNetworkXTests {
    static let graphURL = TestPaths.packageRoot.appendingPathComponent("out/graph.graphml")

    static let script = """
    import json, sys
    import networkx as nx
    m = nx.read_graphml(sys.argv[1], force_multigraph=True)
    g = nx.DiGraph()
    g.add_nodes_from(m.nodes())
    for h, t, data in m.edges(data=True):
        w = float(data.get("weight", 1.0))
        if g.has_edge(h, t):
            g[h][t]["weight"] += w
        else:
            g.add_edge(h, t, weight=w)
    u = g.to_undirected(as_view=True)
    out = {
        "edges": m.number_of_edges(),
        "neighbours": {n: sorted(u.neighbors(n)) for n in g.nodes()},
        "components": sorted((len(c) for c in nx.weakly_connected_components(g)), reverse=True),
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-10, max_iter=200),
    }
    print(json.dumps(out))
    """

    struct Answer: Decodable {
        let edges: Int
        let neighbours: [String: [String]]
        let components: [Int]
        let pagerank: [String: Double]
    }

    @Test("neighbours of every entity, components and PageRank agree with networkx")
    func seedGraphAgreesWithNetworkX() throws {
        guard FileManager.default.fileExists(atPath: Self.graphURL.path) else {
            if ExternalTool.isCI {
                Issue.record("\(Self.graphURL.path) is missing; build the seed articles' graph first")
            } else {
                print("skipping the seed graph networkx comparison: \(Self.graphURL.path) is missing")
            }
            return
        }
        guard ExternalTool.shouldRun(["python3"], pythonModules: ["networkx", "scipy"]) else {
            print("skipping the seed graph networkx comparison: python3 with networkx and scipy is missing")
            return
        }
        let python = try #require(ExternalTool.path(of: "python3"), "python3 is not installed; CI must install it")
        let graph = try GraphMLReader().graph(contentsOf: Self.graphURL)
        let index = GraphIndex(graph)
        let outcome = try ExternalTool.run(python, ["-c", Self.script, Self.graphURL.path])
        try #require(outcome.status == 0, "the networkx script failed: \(outcome.errors)")
        let answer = try JSONDecoder().decode(Answer.self, from: Data(outcome.output.utf8))

        #expect(index.count > 0)
        #expect(graph.relations.count == answer.edges, "every GraphML edge is one relation")
        #expect(Set(index.ids.map(\.rawValue)) == Set(answer.neighbours.keys), "GraphML node ids are the entity ids")
        for id in index.ids {
            let ours = Set(index.neighbours(of: id).map(\.id.rawValue))
            #expect(ours == Set(answer.neighbours[id.rawValue] ?? []), "neighbours of \(id)")
        }
        #expect(index.connectedComponents().map(\.count) == answer.components)
        let rank = index.pageRank()
        #expect(rank.count == answer.pagerank.count)
        let worst = rank.map { abs($0.value - (answer.pagerank[$0.key.rawValue] ?? .infinity)) }.max() ?? 0
        #expect(worst < 1e-6, "largest PageRank difference \(worst)")
    }
}

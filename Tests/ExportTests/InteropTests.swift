import Export
import Foundation
import Graph
import Testing

/// Loads written files into the real programs: xmllint against the GraphML
/// schema, networkx, igraph, and Graphviz's `dot` and `sfdp`.
@Suite("Interop with external tools")
struct InteropTests {
    /// The graphs every tool reads, named briefly in test results.
    enum Fixture: String, CaseIterable, CustomTestStringConvertible {
        case sample, empty, large

        var graph: KnowledgeGraph {
            switch self {
            case .sample: SampleGraph.make()
            case .empty: KnowledgeGraph()
            case .large: SampleGraph.large(count: 150)
            }
        }
        var testDescription: String { "\(rawValue) graph" }
    }

    private func withFiles(_ body: (_ graphML: URL, _ dot: URL, _ folder: URL) throws -> Void,
                           graph: KnowledgeGraph) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphML = folder.appendingPathComponent("graph.graphml"), dot = folder.appendingPathComponent("graph.dot")
        try GraphMLWriter().write(graph, to: graphML)
        try DOTWriter().write(graph, to: dot)
        try body(graphML, dot, folder)
    }

    private func tool(_ name: String) throws -> String {
        try #require(ExternalTool.path(of: name), "\(name) is not installed; CI must install it")
    }

    @Test(.enabled(if: ExternalTool.shouldRun(["xmllint"]), "xmllint is not installed"), arguments: Fixture.allCases)
    func graphMLValidatesAgainstTheSchema(fixture: Fixture) throws {
        let graph = fixture.graph
        let xmllint = try tool("xmllint")
        try withFiles({ graphML, _, _ in
            let outcome = try ExternalTool.run(xmllint, ["--noout", "--nonet", "--schema", TestPaths.graphMLSchema.path, graphML.path])
            #expect(outcome.status == 0, "\(outcome.errors)")
            #expect(outcome.errors == "\(graphML.path) validates\n")
        }, graph: graph)
    }

    /// Reads the file with networkx and igraph and compares every node and edge with `expected.json`.
    static let pythonCheck = #"""
    import json, sys
    import igraph, networkx
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []

    nx = networkx.read_graphml(path)
    if sorted(nx.nodes) != sorted(expected["labels"]):
        problems.append(f"networkx nodes {sorted(nx.nodes)}")
    for node, data in nx.nodes(data=True):
        if data.get("label") != expected["labels"].get(node):
            problems.append(f"networkx node {node}: label {data.get('label')!r}")
        if data.get("type") not in expected["types"]:
            problems.append(f"networkx node {node}: type {data.get('type')!r}")
        for key, kind in (("mentions", int), ("confidence", float), ("r", int), ("g", int), ("b", int), ("size", float)):
            if not isinstance(data.get(key), kind):
                problems.append(f"networkx node {node}: {key} {data.get(key)!r}")
    edges = list(nx.edges(data=True))
    if len(edges) != expected["edges"]:
        problems.append(f"networkx has {len(edges)} edges")
    for head, tail, data in edges:
        if data.get("relation") not in expected["relations"]:
            problems.append(f"networkx edge {head}->{tail}: relation {data.get('relation')!r}")
        if not isinstance(data.get("weight"), float) or not isinstance(data.get("label"), str):
            problems.append(f"networkx edge {head}->{tail}: weight/label {data!r}")

    ig = igraph.Graph.Read_GraphML(path)
    if not ig.is_directed() or ig.vcount() != len(expected["labels"]) or ig.ecount() != expected["edges"]:
        problems.append(f"igraph: {ig.vcount()} nodes, {ig.ecount()} edges")
    for vertex in ig.vs:
        if vertex["label"] != expected["labels"].get(vertex["id"]):
            problems.append(f"igraph node {vertex['id']}: label {vertex['label']!r}")
        if vertex["type"] not in expected["types"]:
            problems.append(f"igraph node {vertex['id']}: type {vertex['type']!r}")
    for edge in ig.es:
        if edge["relation"] not in expected["relations"]:
            problems.append(f"igraph edge {edge.index}: relation {edge['relation']!r}")

    print("\n".join(problems))
    sys.exit(1 if problems else 0)
    """#

    @Test(.enabled(if: ExternalTool.shouldRun(["python3"], pythonModules: ["networkx", "igraph"]),
                   "python3 with networkx and igraph is not installed"),
          arguments: Fixture.allCases)
    func graphMLLoadsInNetworkxAndIgraph(fixture: Fixture) throws {
        let graph = fixture.graph
        let python = try tool("python3")
        for module in ["networkx", "igraph"] {
            try #require(ExternalTool.pythonCanImport(module), "python3 cannot import \(module); CI must install it")
        }
        try withFiles({ graphML, _, folder in
            let expected: [String: Any] = [
                "labels": Dictionary(uniqueKeysWithValues: graph.sortedEntities.map { ($0.id.rawValue, xmlExpected($0.label)) }),
                "types": EntityType.allCases.map(\.rawValue),
                "relations": RelationKind.allCases.map(\.rawValue),
                "edges": graph.relations.count,
            ]
            let expectedURL = folder.appendingPathComponent("expected.json")
            try JSONSerialization.data(withJSONObject: expected).write(to: expectedURL)
            let outcome = try ExternalTool.run(python, ["-c", Self.pythonCheck, graphML.path, expectedURL.path])
            #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
            #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        }, graph: graph)
    }

    @Test(.enabled(if: ExternalTool.shouldRun(["dot", "sfdp"]), "Graphviz (dot, sfdp) is not installed"),
          arguments: ["dot", "sfdp"], Fixture.allCases)
    func dotRendersWithoutWarnings(layout: String, fixture: Fixture) throws {
        let graph = fixture.graph
        let program = try tool(layout)
        try withFiles({ _, dot, folder in
            let svg = folder.appendingPathComponent("graph.svg")
            let outcome = try ExternalTool.run(program, ["-Tsvg", "-o", svg.path, dot.path])
            #expect(outcome.status == 0)
            #expect(outcome.errors.isEmpty, "\(layout) wrote: \(outcome.errors)")
            #expect(ParsedElement.parse([UInt8](try Data(contentsOf: svg)))?.name == "svg", "the SVG is well-formed XML")
        }, graph: graph)
    }

    @Test(.enabled(if: ExternalTool.shouldRun(["dot"]), "Graphviz (dot) is not installed"))
    func dotSeesExactlyTheGraphsNodesAndEdges() throws {
        let dot = try tool("dot")
        let graph = SampleGraph.make()
        try withFiles({ _, file, _ in
            let outcome = try ExternalTool.run(dot, ["-Tplain", file.path])
            #expect(outcome.status == 0 && outcome.errors.isEmpty, "\(outcome.errors)")
            let lines = outcome.output.split(separator: "\n")
            // -Tplain quotes a name when it is not a plain DOT identifier.
            let nodes = Set(lines.filter { $0.hasPrefix("node ") }.map { $0.split(separator: " ")[1].trimmingCharacters(in: ["\""]) })
            let legend = Set(graph.entities.values.map { "legend_\($0.type.rawValue)" })
            #expect(nodes == Set(graph.entities.keys.map(\.rawValue)).union(legend))
            #expect(lines.filter { $0.hasPrefix("edge ") }.count == graph.relations.count)
        }, graph: graph)
    }
}

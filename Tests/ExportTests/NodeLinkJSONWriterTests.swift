import Export
import Foundation
import Graph
import Testing

@Suite("Node-link JSON writer")
struct NodeLinkJSONWriterTests {
    let graph = SampleGraph.make()

    private func parsed(_ graph: KnowledgeGraph) throws -> [String: Any] {
        let data = try NodeLinkJSONWriter().data(for: graph)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "the output is a JSON object")
    }

    @Test func documentShape() throws {
        let document = try parsed(graph)
        #expect(document["directed"] as? Bool == true)
        #expect(document["multigraph"] as? Bool == true)
        #expect(document["graph"] is [String: Any])
        #expect((document["nodes"] as? [Any])?.count == graph.entities.count)
        #expect((document["links"] as? [Any])?.count == graph.relations.count)
        #expect(try parsed(KnowledgeGraph())["nodes"] as? [Any] != nil)
    }

    @Test func nodesKeepEveryCharacterOfTheirText() throws {
        let nodes = try #require(try parsed(graph)["nodes"] as? [[String: Any]])
        for (node, entity) in zip(nodes, graph.sortedEntities) {
            #expect(node["id"] as? String == entity.id.rawValue)
            #expect(node["label"] as? String == entity.label, "the label round-trips unchanged, controls included")
            #expect(node["type"] as? String == entity.type.rawValue)
            #expect(node["aliases"] as? [String] == entity.sortedAliases)
            #expect(node["documents"] as? [String] == entity.documents)
            #expect(node["mentions"] as? Int == entity.mentions.count)
            #expect(node["confidence"] as? Double == entity.confidence)
            #expect(node["color"] as? String == entity.type.style.color.hex)
            #expect(node["attributes"] as? [String: String] == entity.attributes)
        }
    }

    @Test func linksCarryRelationWeightAndEvidence() throws {
        let links = try #require(try parsed(graph)["links"] as? [[String: Any]])
        for (link, relation) in zip(links, graph.sortedRelations) {
            #expect(link["source"] as? String == relation.head.rawValue)
            #expect(link["target"] as? String == relation.tail.rawValue)
            #expect(link["relation"] as? String == relation.kind.rawValue)
            #expect(link["key"] as? String == relation.kind.rawValue)
            #expect(link["label"] as? String == relation.kind.phrase)
            #expect(link["weight"] as? Double == relation.weight)
            #expect(link["evidence"] as? String == relation.evidence.first?.sentence ?? "")
            #expect(link["rule"] as? String == relation.rule)
        }
    }

    @Test func escapesControlsAndSeparators() throws {
        var graph = KnowledgeGraph()
        graph.add(Entity(label: "a\u{0}\u{1F}\u{7F}\u{2028}\u{2029}\"\\/\u{8}\u{C}é🚀", type: .person))
        let text = String(decoding: try NodeLinkJSONWriter().data(for: graph), as: UTF8.self)
        #expect(text.contains(#""label": "a\u0000\u001f\u007f\u2028\u2029\"\\/\b\fé🚀""#))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no raw control character")
        #expect(text.hasSuffix("}\n"))
    }

    @Test func sameGraphGivesIdenticalBytes() throws {
        let data = try NodeLinkJSONWriter().data(for: graph)
        #expect(try NodeLinkJSONWriter().data(for: SampleGraph.make(reversed: true)) == data)
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.json")
        try NodeLinkJSONWriter().write(graph, to: file)
        #expect(try Data(contentsOf: file) == data)
    }

    /// Loads the file with `networkx.node_link_graph` and compares it with `expected.json`.
    static let networkxCheck = #"""
    import json, sys
    import networkx
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    g = networkx.node_link_graph(data, edges="links")
    if not g.is_directed() or not g.is_multigraph():
        problems.append("not a directed multigraph")
    if g.number_of_nodes() != len(expected["labels"]) or g.number_of_edges() != expected["edges"]:
        problems.append(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    for node, attributes in g.nodes(data=True):
        if attributes.get("label") != expected["labels"].get(node):
            problems.append(f"node {node}: label {attributes.get('label')!r}")
        if attributes.get("type") != expected["types"].get(node):
            problems.append(f"node {node}: type {attributes.get('type')!r}")
    for head, tail, key, attributes in g.edges(keys=True, data=True):
        if key != attributes.get("relation") or not isinstance(attributes.get("weight"), float):
            problems.append(f"edge {head}->{tail}: {attributes!r}")
    print("\n".join(problems))
    sys.exit(1 if problems else 0)
    """#

    @Test(.enabled(if: ExternalTool.shouldRun(["python3"], pythonModules: ["networkx"]), "networkx is not installed"),
          arguments: [SampleGraph.make(), KnowledgeGraph(), SampleGraph.large(count: 150)])
    func loadsInNetworkx(graph: KnowledgeGraph) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.json")
        try NodeLinkJSONWriter().write(graph, to: file)
        let expected: [String: Any] = [
            "labels": Dictionary(uniqueKeysWithValues: graph.sortedEntities.map { ($0.id.rawValue, $0.label) }),
            "types": Dictionary(uniqueKeysWithValues: graph.sortedEntities.map { ($0.id.rawValue, $0.type.rawValue) }),
            "edges": graph.relations.count,
        ]
        try PythonScript.check(Self.networkxCheck, arguments: [file.path], expected: expected, in: folder)
    }
}

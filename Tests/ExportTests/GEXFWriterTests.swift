import Export
import Foundation
import Graph
import Testing

@Suite("GEXF writer")
struct GEXFWriterTests {
    /// The GEXF 1.3 schema in `../shared/schemas`.
    static let schema = TestPaths.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/gexf/gexf.xsd")

    /// The graphs checked against the schema and networkx.
    enum Fixture: String, CaseIterable, CustomTestStringConvertible {
        case sample, empty, undated, large

        var graph: KnowledgeGraph {
            switch self {
            case .sample: SampleGraph.make()
            case .empty: KnowledgeGraph()
            case .undated: SampleGraph.large(count: 5)
            case .large: SampleGraph.large(count: 150)
            }
        }
        var testDescription: String { "\(rawValue) graph" }
    }

    private func parsed(_ graph: KnowledgeGraph) throws -> ParsedElement {
        try #require(ParsedElement.parse([UInt8](try GEXFWriter().data(for: graph))), "the output is well-formed XML")
    }

    private func withFile(_ graph: KnowledgeGraph, _ body: (_ file: URL, _ folder: URL) throws -> Void) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("graph.gexf")
        try GEXFWriter().write(graph, to: file)
        try body(file, folder)
    }

    @Test func rootMetaAndGraph() throws {
        let text = String(decoding: try GEXFWriter().data(for: SampleGraph.make()), as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">"))
        let root = try parsed(SampleGraph.make())
        #expect(root.children(named: "meta").first?.children(named: "creator").first?.text == "kg")
        let graph = try #require(root.children(named: "graph").first)
        #expect(graph.attributes["defaultedgetype"] == "directed")
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        let undated = try #require(try parsed(SampleGraph.large(count: 5)).children(named: "graph").first)
        #expect(undated.attributes["mode"] == "static")
        #expect(undated.attributes["timeformat"] == nil)
    }

    @Test func nodesCarryLabelAttributesColourAndSize() throws {
        let sample = SampleGraph.make()
        let graph = try #require(try parsed(sample).children(named: "graph").first)
        let declared = Dictionary(uniqueKeysWithValues: graph.children(named: "attributes")
            .first { $0.attributes["class"] == "node" }!.children(named: "attribute")
            .map { ($0.attributes["id"]!, $0.attributes["title"]!) })
        #expect(declared["type"] == "type" && declared["mentions"] == "mentions" && declared["attr_date"] == "date")
        #expect(declared["attr_type_2"] == "type_2", "an entity attribute never takes a fixed title")
        let nodes = try #require(graph.children(named: "nodes").first).children(named: "node")
        #expect(nodes.map { $0.attributes["id"] ?? "" } == sample.sortedEntities.map(\.id.rawValue))
        for (node, entity) in zip(nodes, sample.sortedEntities) {
            #expect(node.attributes["label"] == xmlExpected(entity.label))
            let values = Dictionary(uniqueKeysWithValues: node.children(named: "attvalues")[0].children(named: "attvalue")
                .map { ($0.attributes["for"]!, $0.attributes["value"]!) })
            #expect(values["type"] == entity.type.rawValue)
            #expect(values["mentions"] == String(entity.mentions.count))
            let color = try #require(node.children(named: "color").first)
            #expect(color.attributes["r"] == String(entity.type.style.color.red))
            #expect(node.children(named: "size").first?.attributes["value"] != nil)
        }
    }

    @Test func onlyFullISODatesGetASpell() throws {
        let nodes = try parsed(SampleGraph.make()).children(named: "graph")[0].children(named: "nodes")[0].children(named: "node")
        let spells = nodes.filter { !$0.children(named: "spells").isEmpty }
        #expect(spells.map { $0.attributes["id"] } == [SampleGraph.id(SampleGraph.event).rawValue])
        let spell = try #require(spells.first?.children(named: "spells").first?.children(named: "spell").first)
        #expect(spell.attributes["start"] == "2024-11-26" && spell.attributes["end"] == "2024-11-26")
        let festival = try #require(nodes.first { $0.attributes["id"] == SampleGraph.id(SampleGraph.festival).rawValue })
        #expect(festival.children(named: "attvalues")[0].children(named: "attvalue")
            .contains { $0.attributes["for"] == "attr_date" && $0.attributes["value"] == "--06-05" })
    }

    @Test func impossibleDatesStayAttributes() throws {
        var graph = KnowledgeGraph()
        for (index, date) in ["2023-02-29", "2024-13-01", "2024-1-01", "0000-01-01", "２０２４-01-01"].enumerated() {
            graph.add(Entity(label: "Event \(index)", type: .event, attributes: ["date": date]))
        }
        let root = try parsed(graph)
        #expect(root.children(named: "graph")[0].attributes["mode"] == "static")
        graph.add(Entity(label: "Leap", type: .event, attributes: ["date": "2024-02-29"]))
        #expect(try parsed(graph).children(named: "graph")[0].attributes["mode"] == "dynamic")
    }

    @Test func edgesCarryLabelWeightAndAttributes() throws {
        let sample = SampleGraph.make()
        let edges = try parsed(sample).children(named: "graph")[0].children(named: "edges")[0].children(named: "edge")
        #expect(edges.count == sample.relations.count)
        for (index, (edge, relation)) in zip(edges, sample.sortedRelations).enumerated() {
            #expect(edge.attributes["id"] == "e\(index)")
            #expect(edge.attributes["source"] == relation.head.rawValue && edge.attributes["target"] == relation.tail.rawValue)
            #expect(edge.attributes["label"] == relation.kind.phrase)
            #expect(edge.attributes["weight"].flatMap(Double.init) == relation.weight)
            let values = Dictionary(uniqueKeysWithValues: edge.children(named: "attvalues")[0].children(named: "attvalue")
                .map { ($0.attributes["for"]!, $0.attributes["value"]!) })
            #expect(values["relation"] == relation.kind.rawValue)
            #expect(values["evidence"] == relation.evidence.first.map { xmlExpected($0.sentence) })
        }
    }

    @Test func sameGraphGivesIdenticalBytes() throws {
        let data = try GEXFWriter().data(for: SampleGraph.make())
        #expect(try GEXFWriter().data(for: SampleGraph.make(reversed: true)) == data)
        try withFile(SampleGraph.make()) { file, _ throws in #expect(try Data(contentsOf: file) == data) }
    }

    @Test(.enabled(if: ExternalTool.shouldRun(["xmllint"]), "xmllint is not installed"), arguments: Fixture.allCases)
    func validatesAgainstTheSchema(fixture: Fixture) throws {
        let xmllint = try #require(ExternalTool.path(of: "xmllint"), "xmllint is not installed; CI must install it")
        try withFile(fixture.graph) { file, _ in
            let outcome = try ExternalTool.run(xmllint, ["--noout", "--nonet", "--schema", Self.schema.path, file.path])
            #expect(outcome.status == 0, "\(outcome.errors)")
            #expect(outcome.errors == "\(file.path) validates\n")
        }
    }

    /// Reads the file with networkx and compares nodes and edges with `expected.json`.
    static let networkxCheck = #"""
    import json, sys
    import networkx
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    g = networkx.read_gexf(path)
    if not g.is_directed():
        problems.append("not directed")
    if sorted(g.nodes) != sorted(expected["labels"]):
        problems.append(f"nodes {sorted(g.nodes)}")
    for node, data in g.nodes(data=True):
        if data.get("label") != expected["labels"].get(node):
            problems.append(f"node {node}: label {data.get('label')!r}")
        if data.get("type") != expected["types"].get(node):
            problems.append(f"node {node}: type {data.get('type')!r}")
        if not isinstance(data.get("mentions"), int) or not isinstance(data.get("confidence"), float):
            problems.append(f"node {node}: {data!r}")
        if node in expected["spells"] and data.get("spells") != [(expected["spells"][node], expected["spells"][node])]:
            problems.append(f"node {node}: spells {data.get('spells')!r}")
    if g.number_of_edges() != expected["edges"]:
        problems.append(f"{g.number_of_edges()} edges")
    for head, tail, data in g.edges(data=True):
        if data.get("relation") not in expected["relations"] or not isinstance(data.get("weight"), float):
            problems.append(f"edge {head}->{tail}: {data!r}")
    print("\n".join(problems))
    sys.exit(1 if problems else 0)
    """#

    @Test(.enabled(if: ExternalTool.shouldRun(["python3"], pythonModules: ["networkx"]), "networkx is not installed"),
          arguments: Fixture.allCases)
    func loadsInNetworkx(fixture: Fixture) throws {
        let graph = fixture.graph
        try withFile(graph) { file, folder in
            let expected: [String: Any] = [
                "labels": Dictionary(uniqueKeysWithValues: graph.sortedEntities.map { ($0.id.rawValue, xmlExpected($0.label)) }),
                "types": Dictionary(uniqueKeysWithValues: graph.sortedEntities.map { ($0.id.rawValue, $0.type.rawValue) }),
                "spells": fixture == .sample ? [SampleGraph.id(SampleGraph.event).rawValue: "2024-11-26"] : [String: String](),
                "relations": RelationKind.allCases.map(\.rawValue),
                "edges": graph.relations.count,
            ]
            try PythonScript.check(Self.networkxCheck, arguments: [file.path], expected: expected, in: folder)
        }
    }
}

import Export
import Foundation
import Graph
import Testing

/// A sample of the random hostile graphs of `ExporterPropertyTests`, written
/// to files and read by the programs people use: networkx (`read_graphml`,
/// `read_gexf`, `node_link_graph`) and Python's `csv` module, all in one
/// Python process.
@Suite("Exporter properties in Python")
struct ExporterPythonSampleTests {
    /// How many random graphs go to Python.
    static let sampleCount = 30

    /// What Python should read from one graph's files.
    struct Case: Encodable {
        let name: String
        let folder: String
        /// By node id.
        let nodes: [String: Node]
        /// By GraphML and GEXF edge id (`e0`, ...).
        let edges: [String: Edge]
        /// By `source target key`, as `node_link_graph` gives them.
        let links: [String: Link]
        /// `nodes.csv` with the `size:float` field emptied.
        let csvNodes: [[String]]
        let csvRelationships: [[String]]
    }

    /// One node: `…XML` as GraphML and GEXF carry it, the rest as JSON does.
    struct Node: Encodable {
        let labelXML: String
        let aliasesXML: String
        let documentsXML: String
        /// GraphML data by `attr.name` (empty values too, which networkx leaves out).
        let attributesXML: [String: String]
        /// GEXF attribute values by title (only non-empty ones are written).
        let attributesGEXF: [String: String]
        let label: String
        let aliases: [String]
        let documents: [String]
        let attributes: [String: String]
    }

    /// One edge as GraphML and GEXF carry it.
    struct Edge: Encodable {
        let source: String
        let target: String
        let relation: String
        let phrase: String
        let evidenceXML: String
        let documentsXML: String
        let ruleXML: String
        let headMentionXML: String
        let tailMentionXML: String
    }

    /// One link as node-link JSON carries it.
    struct Link: Encodable {
        let evidence: String
        let documents: [String]
        let rule: String
    }

    static let script = #"""
    import csv, json, os, sys
    import networkx as nx

    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    problems = []
    checked = 0

    def check(case, what, got, want):
        global checked
        checked += 1
        if got != want:
            problems.append(f"{case}: {what}: read {got!r}, expected {want!r}")

    def edges_by_id(graph):
        found = {}
        if graph.is_multigraph():
            for head, tail, key, data in graph.edges(keys=True, data=True):
                found[data.get("id", key)] = (head, tail, data)
        else:
            for head, tail, data in graph.edges(data=True):
                found[data.get("id")] = (head, tail, data)
        return found

    def rows(folder, name):
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            return list(csv.reader(f, strict=True))

    for case in cases:
        name, folder, nodes, edges = case["name"], case["folder"], case["nodes"], case["edges"]

        for format, graph in (("GraphML", nx.read_graphml(os.path.join(folder, "graph.graphml"))),
                              ("GEXF", nx.read_gexf(os.path.join(folder, "graph.gexf")))):
            check(name, f"{format} nodes", sorted(graph.nodes), sorted(nodes))
            for node, data in graph.nodes(data=True):
                want = nodes.get(node)
                if want is None:
                    continue
                check(name, f"{format} {node} label", data.get("label", ""), want["labelXML"])
                check(name, f"{format} {node} aliases", data.get("aliases", ""), want["aliasesXML"])
                check(name, f"{format} {node} documents", data.get("documents", ""), want["documentsXML"])
                attributes = want["attributesXML"] if format == "GraphML" else want["attributesGEXF"]
                for title, value in attributes.items():
                    check(name, f"{format} {node} {title}", data.get(title, ""), value)
            found = edges_by_id(graph)
            check(name, f"{format} edges", sorted(found), sorted(edges))
            for edge_id, (head, tail, data) in found.items():
                want = edges.get(edge_id)
                if want is None:
                    continue
                check(name, f"{format} {edge_id} ends", (head, tail), (want["source"], want["target"]))
                check(name, f"{format} {edge_id} relation", data.get("relation", ""), want["relation"])
                check(name, f"{format} {edge_id} evidence", data.get("evidence", ""), want["evidenceXML"])
                check(name, f"{format} {edge_id} documents", data.get("documents", ""), want["documentsXML"])
                check(name, f"{format} {edge_id} rule", data.get("rule", ""), want["ruleXML"])
                if format == "GraphML":
                    check(name, f"GraphML {edge_id} head_mention", data.get("head_mention", ""), want["headMentionXML"])
                    check(name, f"GraphML {edge_id} tail_mention", data.get("tail_mention", ""), want["tailMentionXML"])
                else:
                    check(name, f"GEXF {edge_id} label", data.get("label", ""), want["phrase"])

        with open(os.path.join(folder, "graph.json"), encoding="utf-8") as f:
            graph = nx.node_link_graph(json.load(f), edges="links")
        check(name, "JSON nodes", sorted(graph.nodes), sorted(nodes))
        for node, data in graph.nodes(data=True):
            want = nodes.get(node)
            if want is None:
                continue
            for key in ("label", "aliases", "documents", "attributes"):
                check(name, f"JSON {node} {key}", data.get(key), want[key])
        links = {f"{head} {tail} {key}": data for head, tail, key, data in graph.edges(keys=True, data=True)}
        check(name, "JSON links", sorted(links), sorted(case["links"]))
        for link, data in links.items():
            want = case["links"].get(link)
            if want is None:
                continue
            for key in ("evidence", "documents", "rule"):
                check(name, f"JSON {link} {key}", data.get(key), want[key])

        csv_nodes = rows(folder, "nodes.csv")
        for row in csv_nodes[1:]:
            float(row[9])
            row[9] = ""
        check(name, "nodes.csv", csv_nodes, case["csvNodes"])
        check(name, "relationships.csv", rows(folder, "relationships.csv"), case["csvRelationships"])

    print("\n".join(problems[:40]))
    print(f"{checked} comparisons, {len(problems)} problems in {len(cases)} graphs")
    sys.exit(1 if problems else 0)
    """#

    /// Writes every format of `graph` into `folder` with the writers' file API.
    static func write(_ graph: KnowledgeGraph, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try GraphMLWriter().write(graph, to: folder.appendingPathComponent("graph.graphml"))
        try GEXFWriter().write(graph, to: folder.appendingPathComponent("graph.gexf"))
        try NodeLinkJSONWriter().write(graph, to: folder.appendingPathComponent("graph.json"))
        try Neo4jCSVWriter().write(graph, to: folder)
    }

    /// What Python should read from the files of `graph` in `folder`.
    static func expectation(for graph: KnowledgeGraph, name: String, folder: URL) -> Case {
        let names = ExportExpectation.attributeNames(for: graph)
        let joined = { (list: [String]) in xmlExpected(list.joined(separator: ExportExpectation.listSeparator)) }
        var nodes: [String: Node] = [:]
        for entity in graph.sortedEntities {
            var attributesXML: [String: String] = [:], attributesGEXF: [String: String] = [:]
            for (attribute, value) in entity.attributes {
                attributesXML[names[attribute]!] = xmlExpected(value)
                if !value.isEmpty { attributesGEXF[names[attribute]!] = xmlExpected(value) }
            }
            nodes[entity.id.rawValue] = Node(
                labelXML: xmlExpected(entity.label), aliasesXML: joined(entity.sortedAliases),
                documentsXML: joined(entity.documents), attributesXML: attributesXML, attributesGEXF: attributesGEXF,
                label: entity.label, aliases: entity.sortedAliases, documents: entity.documents, attributes: entity.attributes)
        }
        var edges: [String: Edge] = [:], links: [String: Link] = [:]
        for (index, relation) in graph.sortedRelations.enumerated() {
            let ends = ExportExpectation.endMentions(of: relation, in: graph)
            edges["e\(index)"] = Edge(
                source: relation.head.rawValue, target: relation.tail.rawValue, relation: relation.kind.rawValue,
                phrase: relation.kind.phrase, evidenceXML: xmlExpected(relation.evidence.first?.sentence ?? ""),
                documentsXML: joined(relation.documents), ruleXML: xmlExpected(relation.rule),
                headMentionXML: xmlExpected(ends?.head ?? ""), tailMentionXML: xmlExpected(ends?.tail ?? ""))
            links["\(relation.head.rawValue) \(relation.tail.rawValue) \(relation.kind.rawValue)"] = Link(
                evidence: relation.evidence.first?.sentence ?? "", documents: relation.documents, rule: relation.rule)
        }
        return Case(name: name, folder: folder.path, nodes: nodes, edges: edges, links: links,
                    csvNodes: Neo4jCSVRoundTripCheck.expectedNodes(of: graph),
                    csvRelationships: Neo4jCSVRoundTripCheck.expectedRelationships(of: graph))
    }

    @Test("30 random hostile graphs read back in networkx and Python's csv module",
          .enabled(if: ExternalTool.shouldRun(["python3"], pythonModules: ["networkx"]), "python3 with networkx is not installed"))
    func sampleReadsBackInPython() throws {
        let python = try #require(ExternalTool.path(of: "python3"), "python3 is not installed; CI must install it")
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases: [Case] = []
        for index in 0..<Self.sampleCount {
            // Spread over the property test's seeds.
            let seed = ExporterPropertyTests.firstSeed + UInt64(index * (ExporterPropertyTests.graphCount / Self.sampleCount))
            let graph = RandomGraph.make(seed: seed)
            let graphFolder = folder.appendingPathComponent("seed-\(seed)")
            try Self.write(graph, to: graphFolder)
            cases.append(Self.expectation(for: graph, name: "seed \(seed)", folder: graphFolder))
        }
        let expected = folder.appendingPathComponent("expected.json")
        try JSONEncoder().encode(cases).write(to: expected)
        let outcome = try ExternalTool.run(python, ["-c", Self.script, expected.path])
        #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        let comparisons = outcome.output.split(separator: "\n").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        #expect(comparisons > 50 * Self.sampleCount, "Python compared only \(comparisons) values: \(outcome.output)")
    }
}

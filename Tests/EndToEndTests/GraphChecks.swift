import Foundation
import Testing

/// The entity types and relation names of `../shared/spec/ontology.md`, read from its tables.
struct Ontology: Sendable {
    let entityTypes: [String]
    let relations: [String]

    /// Reads the first column of the table under "## Entity types" and of the one under
    /// "## Relation vocabulary" (the `↔` marks of symmetric relations dropped).
    static func load() throws -> Ontology {
        let text = try String(contentsOf: Paths.ontology, encoding: .utf8)
        var section = ""
        var types: [String] = [], relations: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                section = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard line.hasPrefix("|") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count > 1 else { continue }
            let first = cells[1].replacingOccurrences(of: "↔", with: "").trimmingCharacters(in: .whitespaces)
            guard !first.isEmpty, first != "type", first != "relation", !first.hasPrefix("---") else { continue }
            switch section {
            case "Entity types": types.append(first)
            case "Relation vocabulary": relations.append(first)
            default: break
            }
        }
        guard !types.isEmpty, relations.contains("co_occurs_with") else {
            throw HarnessError("cannot read the entity types and relations from \(Paths.ontology.path)")
        }
        return Ontology(entityTypes: types, relations: relations)
    }
}

/// Checks of written graph files with the programs people load them into.
enum GraphChecks {
    /// `xmllint --noout --nonet --schema graphml.xsd FILE`: records an issue unless it exits 0.
    static func expectValidGraphML(_ file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try Run.tool("xmllint", ["--noout", "--nonet", "--schema", Paths.graphMLSchema.path, file.path])
        #expect(outcome.status == 0, "xmllint rejects \(file.lastPathComponent):\n\(outcome)", sourceLocation: sourceLocation)
    }

    /// `dot -Tsvg` and `sfdp -Tsvg`: each must exit 0 with nothing on stderr.
    static func expectSilentRendering(_ file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try Scratch.folder("render")
        defer { try? FileManager.default.removeItem(at: folder) }
        for layout in ["dot", "sfdp"] {
            let svg = folder.appendingPathComponent("\(layout).svg")
            let outcome = try Run.tool(layout, ["-Tsvg", file.path, "-o", svg.path])
            #expect(outcome.status == 0, "\(layout) -Tsvg fails on \(file.lastPathComponent):\n\(outcome)",
                    sourceLocation: sourceLocation)
            #expect(outcome.errors.isEmpty, "\(layout) -Tsvg is not silent on \(file.lastPathComponent):\n\(outcome.errors)",
                    sourceLocation: sourceLocation)
            let size = (try? FileManager.default.attributesOfItem(atPath: svg.path)[.size] as? Int) ?? 0
            #expect(size > 0, "\(layout) -Tsvg wrote no SVG for \(file.lastPathComponent)", sourceLocation: sourceLocation)
        }
    }

    /// A Python program that loads a GraphML file with networkx and igraph and prints, one per
    /// line, every violation of the ontology contract it finds (nothing when all is well), then
    /// a final line `OK nodes=N edges=M`.
    static let pythonCheck = #"""
    import json, sys
    import networkx as nx
    import igraph as ig

    path = sys.argv[1]
    ontology = json.loads(sys.argv[2])
    types = set(ontology["types"])
    relations = set(ontology["relations"])
    problems = []

    g = nx.read_graphml(path)
    if not g.is_directed():
        problems.append("networkx: the graph is not directed")
    for node, data in g.nodes(data=True):
        label = data.get("label")
        if not isinstance(label, str) or not label.strip():
            problems.append("networkx: node %r has no label: %r" % (node, data))
        if data.get("type") not in types:
            problems.append("networkx: node %r (%r) has type %r, not an ontology type" % (node, label, data.get("type")))
    typed_pairs = {}
    cooccurring_pairs = set()
    edges = g.edges(data=True, keys=True) if g.is_multigraph() else g.edges(data=True)
    for edge in edges:
        u, v, data = edge[0], edge[1], edge[-1]
        relation = data.get("relation")
        if relation not in relations:
            problems.append("networkx: edge %r -> %r has relation %r, not in the vocabulary" % (u, v, relation))
        pair = frozenset((u, v))
        if relation == "co_occurs_with":
            cooccurring_pairs.add(pair)
        else:
            typed_pairs.setdefault(pair, []).append(relation)
            evidence = data.get("evidence")
            if not isinstance(evidence, str) or not evidence.strip():
                problems.append("networkx: typed edge %r -%s-> %r has no evidence" % (u, relation, v))
            else:
                for end, key in ((u, "head_mention"), (v, "tail_mention")):
                    words = data.get(key)
                    if not isinstance(words, str) or not words or words not in evidence:
                        problems.append("networkx: typed edge %r -%s-> %r: its evidence does not mention %r (%s=%r)"
                                        % (u, relation, v, end, key, words))
    for pair in sorted(cooccurring_pairs & set(typed_pairs), key=lambda p: sorted(p)):
        names = sorted(g.nodes[n].get("label", n) for n in pair)
        problems.append("pair %r has both co_occurs_with and typed edges %r" % (names, typed_pairs[pair]))

    h = ig.Graph.Read_GraphML(path)
    if h.vcount() != g.number_of_nodes() or h.ecount() != g.number_of_edges():
        problems.append("igraph reads %d nodes/%d edges, networkx %d/%d"
                        % (h.vcount(), h.ecount(), g.number_of_nodes(), g.number_of_edges()))
    for attribute in ("label", "type"):
        if h.vcount() and attribute not in h.vs.attributes():
            problems.append("igraph: no node attribute %r (has %r)" % (attribute, h.vs.attributes()))
    if h.ecount() and "relation" not in h.es.attributes():
        problems.append("igraph: no edge attribute 'relation' (has %r)" % (h.es.attributes(),))
    if "label" in h.vs.attributes() and "type" in h.vs.attributes():
        for v in h.vs:
            if not v["label"] or not str(v["label"]).strip():
                problems.append("igraph: node %r has no label" % (v["id"] if "id" in h.vs.attributes() else v.index))
            if v["type"] not in types:
                problems.append("igraph: node %r has type %r" % (v["label"], v["type"]))
    if "relation" in h.es.attributes():
        for e in h.es:
            if e["relation"] not in relations:
                problems.append("igraph: edge %d has relation %r" % (e.index, e["relation"]))

    for problem in problems:
        print(problem)
    print("OK nodes=%d edges=%d" % (g.number_of_nodes(), g.number_of_edges()))
    """#

    /// What the Python check found: its violations and the graph's size.
    struct PythonReport {
        var problems: [String]
        var nodes: Int
        var edges: Int
    }

    /// Loads `file` with networkx and igraph and checks it against the ontology.
    static func pythonReport(_ file: URL, ontology: Ontology) throws -> PythonReport {
        let json = try JSONSerialization.data(withJSONObject: ["types": ontology.entityTypes, "relations": ontology.relations])
        let outcome = try Run.tool("python3", ["-c", pythonCheck, file.path, String(decoding: json, as: UTF8.self)])
        guard outcome.status == 0 else {
            throw HarnessError("networkx/igraph cannot load \(file.lastPathComponent):\n\(outcome)")
        }
        var lines = outcome.output.split(separator: "\n").map(String.init)
        guard let last = lines.popLast(), last.hasPrefix("OK ") else {
            throw HarnessError("the Python check printed no summary:\n\(outcome)")
        }
        var counts: [String: Int] = [:]
        for field in last.dropFirst(3).split(separator: " ") {
            let parts = field.split(separator: "=")
            if parts.count == 2 { counts[String(parts[0])] = Int(parts[1]) }
        }
        return PythonReport(problems: lines, nodes: counts["nodes"] ?? 0, edges: counts["edges"] ?? 0)
    }
}

/// Comparing files byte for byte.
enum Bytes {
    /// The contents of `file`, or `nil` when it cannot be read.
    static func of(_ file: URL) -> Data? { try? Data(contentsOf: file) }

    /// Where two byte strings first differ, with a little context, for failure messages.
    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let x = [UInt8](a), y = [UInt8](b)
        let common = zip(x, y).prefix { $0 == $1 }.count
        if common == x.count && common == y.count { return "identical" }
        let start = max(0, common - 80)
        let left = String(decoding: x[start..<min(x.count, common + 80)], as: UTF8.self)
        let right = String(decoding: y[start..<min(y.count, common + 80)], as: UTF8.self)
        return "sizes \(x.count) and \(y.count), first difference at byte \(common):\n<<<\n\(left)\n===\n\(right)\n>>>"
    }
}

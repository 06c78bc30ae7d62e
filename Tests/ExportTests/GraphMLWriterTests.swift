import Export
import Foundation
import Graph
import Testing

/// The text XML 1.0 can carry: forbidden characters replaced by U+FFFD, as the writer promises.
func xmlExpected(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: scalar
        case 0x00...0x1F, 0xFFFE, 0xFFFF: "\u{FFFD}"
        default: scalar
        }
    }))
}

@Suite("GraphML writer")
struct GraphMLWriterTests {
    let graph = SampleGraph.make()

    private func parsed(_ graph: KnowledgeGraph) throws -> ParsedElement {
        try #require(ParsedElement.parse([UInt8](try GraphMLWriter().data(for: graph))), "the output is well-formed XML")
    }

    private func data(of element: ParsedElement) -> [String: String] {
        Dictionary(uniqueKeysWithValues: element.children(named: "data").map { ($0.attributes["key"] ?? "", $0.text) })
    }

    @Test func startsWithDeclarationAndNamespaces() throws {
        let text = try GraphMLWriter().string(for: graph)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "))
        let root = try parsed(graph)
        #expect(root.name == "graphml")
        #expect(root.attributes["xsi:schemaLocation"]
            == "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
        let graphs = root.children(named: "graph")
        #expect(graphs.count == 1)
        #expect(graphs.first?.attributes["edgedefault"] == "directed")
    }

    @Test func declaresEveryRequiredKey() throws {
        let keys = try parsed(graph).children(named: "key")
        let declared = Set(keys.map { [$0.attributes["for"] ?? "", $0.attributes["attr.name"] ?? "", $0.attributes["attr.type"] ?? ""] })
        let required: [[String]] = [
            ["node", "label", "string"], ["node", "type", "string"], ["node", "aliases", "string"],
            ["node", "mentions", "int"], ["node", "documents", "string"], ["node", "confidence", "double"],
            ["node", "r", "int"], ["node", "g", "int"], ["node", "b", "int"], ["node", "size", "float"],
            ["node", "date", "string"],
            ["edge", "relation", "string"], ["edge", "label", "string"], ["edge", "weight", "double"],
            ["edge", "evidence", "string"], ["edge", "documents", "string"], ["edge", "confidence", "double"],
            ["edge", "rule", "string"], ["edge", "head_mention", "string"], ["edge", "tail_mention", "string"],
        ]
        for key in required { #expect(declared.contains(key), "missing key \(key)") }
        let ids = keys.map { $0.attributes["id"] ?? "" }
        #expect(Set(ids).count == ids.count, "key ids are unique")
        #expect(keys.contains { $0.attributes["id"] == "edgelabel" && $0.attributes["attr.name"] == "label" })
        #expect(keys.contains { $0.attributes["id"] == "attr_date" && $0.attributes["attr.name"] == "date" })
        let nameCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        for key in keys {
            for token in [key.attributes["id"] ?? "", key.attributes["attr.name"] ?? ""] {
                #expect(!token.isEmpty && token.unicodeScalars.allSatisfy(nameCharacters.contains), "\(token) is an NMTOKEN")
            }
        }
    }

    @Test func attributeNamesBecomeUniqueTokens() throws {
        let names = Dictionary(uniqueKeysWithValues: try parsed(graph).children(named: "key")
            .filter { ($0.attributes["id"] ?? "").hasPrefix("attr_") }
            .map { ($0.attributes["id"]!, $0.attributes["attr.name"]!) })
        #expect(names == ["attr_attribute": "attribute", "attr_date": "date", "attr_place_name": "place_name",
                          "attr_role": "role", "attr_type_2": "type_2"])
        let event = try #require(try parsed(graph).children(named: "graph")[0].children(named: "node")
            .first { $0.attributes["id"] == SampleGraph.id(SampleGraph.event).rawValue })
        #expect(data(of: event)["attr_date"] == "2024-11-26")
        #expect(data(of: event)["attr_place_name"] == "Hugging\u{FFFD} Face")
    }

    @Test func nodesCarryTheirData() throws {
        let nodes = try parsed(graph).children(named: "graph")[0].children(named: "node")
        #expect(nodes.map { $0.attributes["id"] ?? "" } == graph.sortedEntities.map(\.id.rawValue))
        for (node, entity) in zip(nodes, graph.sortedEntities) {
            let values = data(of: node)
            #expect(values["label"] == xmlExpected(entity.label))
            #expect(values["type"] == entity.type.rawValue)
            #expect(values["mentions"] == String(entity.mentions.count))
            #expect(values["r"] == String(entity.type.style.color.red))
            #expect(values["g"] == String(entity.type.style.color.green))
            #expect(values["b"] == String(entity.type.style.color.blue))
            #expect(values["confidence"] == entity.confidence.description)
            #expect(values["size"] != nil)
        }
        let person = try #require(nodes.first { $0.attributes["id"] == SampleGraph.id(SampleGraph.person).rawValue })
        #expect(data(of: person)["aliases"] == "P. R. \"Paul\"\u{FFFD} | Roetzer")
        #expect(data(of: person)["documents"] == "000.txt | 001 & <x>.txt")
        #expect(data(of: person)["confidence"] == "0.85")
        #expect(data(of: person)["attr_role"] == "founder\tand CEO")
    }

    @Test func sizeGrowsWithMentions() throws {
        let nodes = try parsed(graph).children(named: "graph")[0].children(named: "node")
        let sizes = Dictionary(nodes.map { (data(of: $0)["mentions"]!, data(of: $0)["size"]!) }) { first, _ in first }
        #expect(sizes["0"] == "10.0")
        #expect(sizes["1"] == "16.0")
        #expect(Double(sizes["5"]!)! > Double(sizes["2"]!)!)
    }

    @Test func edgesCarryTheirData() throws {
        let edges = try parsed(graph).children(named: "graph")[0].children(named: "edge")
        let relations = graph.sortedRelations
        #expect(edges.map { $0.attributes["id"] ?? "" } == relations.indices.map { "e\($0)" })
        for (edge, relation) in zip(edges, relations) {
            let values = data(of: edge)
            #expect(edge.attributes["source"] == relation.head.rawValue)
            #expect(edge.attributes["target"] == relation.tail.rawValue)
            #expect(values["relation"] == relation.kind.rawValue)
            #expect(values["edgelabel"] == relation.kind.phrase)
            #expect(values["weight"] == relation.weight.description)
            #expect(values["evidence"] == relation.evidence.first.map { xmlExpected($0.sentence) })
            #expect(values["edgeconfidence"] == relation.confidence.description)
        }
        let cooccurrence = try #require(edges.first { data(of: $0)["relation"] == "co_occurs_with" })
        #expect(data(of: cooccurrence)["weight"] == "5.0")
        #expect(data(of: cooccurrence)["edgelabel"] == "co occurs with")
        let founder = try #require(edges.first { data(of: $0)["relation"] == "founder_of" })
        #expect(data(of: founder)["evidence"]
            == "Paul \"PR\" Roetzer founded \"]; node [label=x\u{FFFD} in 2020 & <b>grew</b> it.")
        #expect(data(of: founder)["rule"] == "apposition<founder>")
    }

    @Test func forbiddenCharactersNeverReachTheFile() throws {
        let bytes = [UInt8](try GraphMLWriter().data(for: graph))
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" })
        #expect(text.contains("NUL\u{FFFD}bell\u{FFFD}esc\u{FFFD}del\u{7F}\u{FFFD}\u{FFFD}end"))
        #expect(text.contains("gazetteer\u{FFFD}"))
    }

    @Test func sameGraphGivesIdenticalBytes() throws {
        let writer = GraphMLWriter()
        let first = try writer.data(for: graph)
        #expect(try writer.data(for: graph) == first)
        #expect(try writer.data(for: SampleGraph.make(reversed: true)) == first)
    }

    @Test func fileHoldsTheSameBytes() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        try GraphMLWriter().write(graph, to: url)
        #expect(try Data(contentsOf: url) == (try GraphMLWriter().data(for: graph)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.graphml"])
    }

    @Test func emptyGraphIsAValidDocument() throws {
        let root = try parsed(KnowledgeGraph())
        #expect(root.children(named: "key").count == 19)
        #expect(root.children(named: "graph")[0].children.isEmpty)
    }

    @Test("an edge names the words of its evidence that refer to each end")
    func edgesNameTheirEndsMentions() throws {
        let graph = SampleGraph.statement()
        let text = try GraphMLWriter().string(for: graph)
        #expect(text.contains("<data key=\"headmention\">the company</data>"))
        #expect(text.contains("<data key=\"tailmention\">Daily Ledger</data>"))
    }
}

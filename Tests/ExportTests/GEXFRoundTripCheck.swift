import Foundation
import Graph

/// Parses written GEXF with libxml2 (`ParsedElement`) and compares every
/// string with what the writer promises: labels and attribute values with
/// XML-forbidden characters replaced by U+FFFD, lists joined by ` | `, empty
/// values left out, attribute titles as `ExportExpectation.attributeNames` says.
enum GEXFRoundTripCheck {
    /// The differences between `graph` and its GEXF `data` parsed back.
    static func mismatches(of graph: KnowledgeGraph, data: Data) -> [String] {
        var check = Mismatches("GEXF")
        guard let root = ParsedElement.parse(Array(data)) else {
            check.note("the written file is not well-formed XML")
            return check.found
        }
        guard let graphElement = root.children(named: "graph").first else {
            check.note("no <graph>")
            return check.found
        }
        let names = ExportExpectation.attributeNames(for: graph)
        var titles: [String: String] = [:]
        for declarations in graphElement.children(named: "attributes") where declarations.attributes["class"] == "node" {
            for attribute in declarations.children(named: "attribute") {
                titles[attribute.attributes["id"] ?? ""] = attribute.attributes["title"]
            }
        }
        var expectedTitles = ["type": "type", "aliases": "aliases", "mentions": "mentions", "documents": "documents",
                              "confidence": "confidence"]
        for name in names.values { expectedTitles["attr_" + name] = name }
        check.same(titles, expectedTitles, "node attribute declarations")

        let nodes = graphElement.children(named: "nodes").first?.children(named: "node") ?? []
        let entities = graph.sortedEntities
        check.equal(nodes.count, entities.count, "node count")
        for (node, entity) in zip(nodes, entities) {
            let name = "node \(entity.id)"
            check.same(node.attributes["id"], entity.id.rawValue, "\(name) id")
            check.same(node.attributes["label"], xmlExpected(entity.label), "\(name) label")
            var expected = ["type": entity.type.rawValue, "mentions": String(entity.mentionCount),
                            "confidence": "\(entity.confidence)"]
            expected["aliases"] = nonEmpty(xmlExpected(entity.sortedAliases.joined(separator: ExportExpectation.listSeparator)))
            expected["documents"] = nonEmpty(xmlExpected(entity.documents.joined(separator: ExportExpectation.listSeparator)))
            for (attribute, value) in entity.attributes { expected["attr_" + names[attribute]!] = nonEmpty(xmlExpected(value)) }
            check.same(values(of: node), expected, "\(name) attvalues")
        }

        let edges = graphElement.children(named: "edges").first?.children(named: "edge") ?? []
        let relations = graph.sortedRelations
        check.equal(edges.count, relations.count, "edge count")
        for (index, (edge, relation)) in zip(edges, relations).enumerated() {
            let name = "edge e\(index)"
            check.same(edge.attributes["id"], "e\(index)", "\(name) id")
            check.same(edge.attributes["source"], relation.head.rawValue, "\(name) source")
            check.same(edge.attributes["target"], relation.tail.rawValue, "\(name) target")
            check.same(edge.attributes["label"], relation.kind.phrase, "\(name) label")
            var expected = ["relation": relation.kind.rawValue, "edgeconfidence": "\(relation.confidence)"]
            expected["evidence"] = nonEmpty(xmlExpected(relation.evidence.first?.sentence ?? ""))
            expected["edgedocuments"] = nonEmpty(xmlExpected(relation.documents.joined(separator: ExportExpectation.listSeparator)))
            expected["rule"] = nonEmpty(xmlExpected(relation.rule))
            check.same(values(of: edge), expected, "\(name) attvalues")
        }
        return check.found
    }

    /// An element's `<attvalue for="..." value="..."/>` pairs.
    private static func values(of element: ParsedElement) -> [String: String] {
        var values: [String: String] = [:]
        for value in element.children(named: "attvalues").first?.children(named: "attvalue") ?? [] {
            values[value.attributes["for"] ?? ""] = value.attributes["value"] ?? ""
        }
        return values
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}

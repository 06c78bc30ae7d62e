import Foundation
import Graph

/// Parses written node-link JSON with `JSONDecoder` and compares every string
/// with the graph's: JSON escapes what it must and changes nothing, so every
/// label, alias, document, attribute, sentence and rule comes back exactly.
///
/// (`JSONSerialization` is not used: on Linux it drops a U+FEFF that follows
/// an escape or starts a string, and may read a number one unit in the last
/// place off. `JSONDecoder` reads both exactly, as Python's `json` does.)
enum NodeLinkJSONRoundTripCheck {
    /// The node-link document, as far as the check reads it.
    struct Document: Decodable {
        let directed: Bool
        let multigraph: Bool
        let nodes: [Node]
        let links: [Link]
    }

    /// A node of the document.
    struct Node: Decodable {
        let id: String
        let label: String
        let type: String
        let aliases: [String]
        let documents: [String]
        let mentions: Int
        let confidence: Double
        let attributes: [String: String]
    }

    /// A link of the document.
    struct Link: Decodable {
        let source: String
        let target: String
        let key: String
        let relation: String
        let evidence: String
        let documents: [String]
        let rule: String
        let weight: Double
        let confidence: Double
    }

    /// The differences between `graph` and its node-link JSON `data` parsed back.
    static func mismatches(of graph: KnowledgeGraph, data: Data) -> [String] {
        var check = Mismatches("JSON")
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            check.note("the written file does not decode: \(error)")
            return check.found
        }
        check.equal(document.directed && document.multigraph, true, "directed multigraph")
        let entities = graph.sortedEntities
        check.equal(document.nodes.count, entities.count, "node count")
        for (node, entity) in zip(document.nodes, entities) {
            let name = "node \(entity.id)"
            check.same(node.id, entity.id.rawValue, "\(name) id")
            check.same(node.label, entity.label, "\(name) label")
            check.same(node.type, entity.type.rawValue, "\(name) type")
            check.same(node.aliases, entity.sortedAliases, "\(name) aliases")
            check.same(node.documents, entity.documents, "\(name) documents")
            check.equal(node.mentions, entity.mentionCount, "\(name) mentions")
            check.equal(node.confidence, entity.confidence, "\(name) confidence")
            check.same(node.attributes, entity.attributes, "\(name) attributes")
        }
        let relations = graph.sortedRelations
        check.equal(document.links.count, relations.count, "link count")
        for (index, (link, relation)) in zip(document.links, relations).enumerated() {
            let name = "link \(index)"
            check.same(link.source, relation.head.rawValue, "\(name) source")
            check.same(link.target, relation.tail.rawValue, "\(name) target")
            check.same(link.key, relation.kind.rawValue, "\(name) key")
            check.same(link.relation, relation.kind.rawValue, "\(name) relation")
            check.same(link.evidence, relation.evidence.first?.sentence ?? "", "\(name) evidence")
            check.same(link.documents, relation.documents, "\(name) documents")
            check.same(link.rule, relation.rule, "\(name) rule")
            check.equal(link.weight, relation.weight, "\(name) weight")
            check.equal(link.confidence, relation.confidence, "\(name) confidence")
        }
        return check.found
    }
}

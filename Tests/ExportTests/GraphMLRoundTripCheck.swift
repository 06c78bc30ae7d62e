import Export
import Foundation
import Graph

/// Reads written GraphML back with `GraphMLReader` and compares every string
/// with what the writer promises: the same text with XML-forbidden characters
/// replaced by U+FFFD, lists joined and split at ` | `, attribute names as
/// `ExportExpectation.attributeNames` says.
enum GraphMLRoundTripCheck {
    /// The differences between `graph` and the graph read from its GraphML `data`.
    static func mismatches(of graph: KnowledgeGraph, data: Data) -> [String] {
        var check = Mismatches("GraphML")
        let read: KnowledgeGraph
        do {
            read = try GraphMLReader().graph(from: data)
        } catch {
            check.note("the written file does not read back: \(error)")
            return check.found
        }
        check.equal(read.entities.keys.sorted(), graph.entities.keys.sorted(), "entity ids")
        check.equal(read.relations.keys.sorted(), graph.relations.keys.sorted(), "relation keys")
        let names = ExportExpectation.attributeNames(for: graph)
        for entity in graph.sortedEntities {
            guard let loaded = read[entity.id] else { continue }
            let node = "node \(entity.id)"
            let label = xmlExpected(entity.label)
            check.same(loaded.label, label, "\(node) label")
            check.equal(loaded.type, entity.type, "\(node) type")
            check.same(sorted(loaded.aliases),
                       sorted(Set(ExportExpectation.xmlList(entity.sortedAliases)).subtracting([label])), "\(node) aliases")
            check.equal(loaded.mentionCount, entity.mentionCount, "\(node) mentions")
            check.same(sorted(loaded.documents), sorted(Set(ExportExpectation.xmlList(entity.documents))), "\(node) documents")
            check.equal(loaded.confidence, entity.confidence, "\(node) confidence")
            var attributes: [String: String] = [:]
            for (name, value) in entity.attributes { attributes[names[name]!] = xmlExpected(value) }
            check.same(loaded.attributes, attributes, "\(node) attributes")
        }
        for relation in graph.sortedRelations {
            guard let loaded = read.relations[relation.key] else { continue }
            let edge = "edge \(relation.head)-\(relation.kind.rawValue)->\(relation.tail)"
            let sentence = xmlExpected(relation.evidence.first?.sentence ?? "")
            let documents = ExportExpectation.xmlList(relation.documents)
            // The reader keeps one evidence sentence, in the first document, when either was written.
            let evidenceDocument = sentence.isEmpty && documents.isEmpty ? [] : [documents.first ?? ""]
            check.same(loaded.evidence.first?.sentence ?? "", sentence, "\(edge) evidence")
            check.same(sorted(loaded.documents), sorted(Set(documents + evidenceDocument)), "\(edge) documents")
            check.same(loaded.rule, xmlExpected(relation.rule), "\(edge) rule")
            check.equal(loaded.weight, relation.weight, "\(edge) weight")
            check.equal(loaded.confidence, relation.confidence, "\(edge) confidence")
            let ends = ExportExpectation.endMentions(of: relation, in: graph)
            check.same(loaded.firstEvidenceMentions?.head ?? "", xmlExpected(ends?.head ?? ""), "\(edge) head_mention")
            check.same(loaded.firstEvidenceMentions?.tail ?? "", xmlExpected(ends?.tail ?? ""), "\(edge) tail_mention")
        }
        return check.found
    }

    /// Strings in scalar order, so sets compare without Swift's canonical equivalence.
    private static func sorted<Strings: Sequence<String>>(_ strings: Strings) -> [String] {
        strings.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}

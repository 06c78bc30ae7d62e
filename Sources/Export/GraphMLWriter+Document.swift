import Foundation
import Graph

extension GraphMLWriter {
    /// The GraphML namespace.
    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    /// Where the GraphML 1.0 schema is published (the `xsi:schemaLocation` hint).
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    /// What joins several aliases or documents into one string value.
    static let separator = " | "

    /// Writes the whole document: declaration, keys, then one graph of nodes and edges.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    func emit(_ graph: KnowledgeGraph, to writer: borrowing XMLTextWriter) throws(ExportError) {
        let attributeKeys = GraphMLKey.attributeKeys(for: graph)
        try writer.startDocument()
        try writer.startElement("graphml")
        try writer.attribute("xmlns", Self.namespace)
        try writer.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try writer.attribute("xsi:schemaLocation", "\(Self.namespace) \(Self.schemaLocation)")
        for key in GraphMLKey.nodeKeys + attributeKeys.map(\.key) + GraphMLKey.edgeKeys {
            try declare(key, to: writer)
        }
        try writer.startElement("graph")
        try writer.attribute("id", "G")
        try writer.attribute("edgedefault", "directed")
        for entity in graph.sortedEntities {
            try node(entity, attributeKeys: attributeKeys, to: writer)
        }
        for (index, relation) in graph.sortedRelations.enumerated() {
            try edge(relation, id: "e\(index)", in: graph, to: writer)
        }
        try writer.endElement()
        try writer.endElement()
    }

    private func declare(_ key: GraphMLKey, to writer: borrowing XMLTextWriter) throws(ExportError) {
        try writer.startElement("key")
        try writer.attribute("id", key.id)
        try writer.attribute("for", key.domain.rawValue)
        try writer.attribute("attr.name", key.name)
        try writer.attribute("attr.type", key.type.rawValue)
        try writer.endElement()
    }

    private func node(_ entity: Entity, attributeKeys: [(attribute: String, key: GraphMLKey)],
                      to writer: borrowing XMLTextWriter) throws(ExportError) {
        let color = entity.type.style.color
        try writer.startElement("node")
        try writer.attribute("id", entity.id.rawValue)
        try data(.label, entity.label, to: writer)
        try data(.type, entity.type.rawValue, to: writer)
        try data(.aliases, entity.sortedAliases.joined(separator: Self.separator), to: writer, skipEmpty: true)
        try data(.mentions, String(entity.mentionCount), to: writer)
        try data(.documents, entity.documents.joined(separator: Self.separator), to: writer, skipEmpty: true)
        try data(.confidence, entity.confidence.exportText, to: writer)
        try data(.red, String(color.red), to: writer)
        try data(.green, String(color.green), to: writer)
        try data(.blue, String(color.blue), to: writer)
        try data(.size, Self.size(mentions: entity.mentionCount).exportText, to: writer)
        for (attribute, key) in attributeKeys {
            if let value = entity.attributes[attribute] { try data(key, value, to: writer) }
        }
        try writer.endElement()
    }

    private func edge(_ relation: Relation, id: String, in graph: KnowledgeGraph, to writer: borrowing XMLTextWriter) throws(ExportError) {
        try writer.startElement("edge")
        try writer.attribute("id", id)
        try writer.attribute("source", relation.head.rawValue)
        try writer.attribute("target", relation.tail.rawValue)
        try data(.relation, relation.kind.rawValue, to: writer)
        try data(.edgeLabel, relation.kind.phrase, to: writer)
        try data(.weight, relation.weight.exportText, to: writer)
        try data(.evidence, relation.evidence.first?.sentence ?? "", to: writer, skipEmpty: true)
        if let evidence = relation.evidence.first {
            let stated = relation.firstEvidenceMentions
            try data(.headMention, Self.mention(of: graph[relation.head], in: evidence) ?? stated?.head ?? "", to: writer, skipEmpty: true)
            try data(.tailMention, Self.mention(of: graph[relation.tail], in: evidence) ?? stated?.tail ?? "", to: writer, skipEmpty: true)
        }
        try data(.edgeDocuments, relation.documents.joined(separator: Self.separator), to: writer, skipEmpty: true)
        try data(.edgeConfidence, relation.confidence.exportText, to: writer)
        try data(.rule, relation.rule, to: writer, skipEmpty: true)
        try writer.endElement()
    }

    /// The words of an evidence sentence that refer to an entity, if one of its mentions is there.
    ///
    /// - Complexity: O(*m*) in the entity's mentions.
    static func mention(of entity: Entity?, in evidence: Evidence) -> String? {
        entity?.mentions.first { $0.sentence == evidence }?.text
    }

    /// Writes `<data key="...">value</data>`; with `skipEmpty`, nothing for an empty value.
    private func data(_ key: GraphMLKey, _ value: String, to writer: borrowing XMLTextWriter,
                      skipEmpty: Bool = false) throws(ExportError) {
        if skipEmpty && value.isEmpty { return }
        try writer.startElement("data")
        try writer.attribute("key", key.id)
        try writer.text(value)
        try writer.endElement()
    }

    /// The Gephi node size: 10 for no mention, growing with the logarithm of the mentions.
    static func size(mentions: Int) -> Double {
        (10 + 6 * log2(1 + Double(mentions))).roundedForExport
    }
}

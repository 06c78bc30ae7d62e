import Graph

extension GEXFWriter {
    /// The GEXF 1.3 namespace.
    static let namespace = "http://gexf.net/1.3"

    /// Writes the whole document: declaration, meta, attribute declarations, nodes and edges.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    func emit(_ graph: KnowledgeGraph, to writer: borrowing XMLTextWriter) throws(ExportError) {
        let entityAttributes = GraphMLKey.attributeKeys(for: graph)
        let entities = graph.sortedEntities
        let relations = graph.sortedRelations
        let isDynamic = entities.contains { Self.day(of: $0) != nil }
        try writer.startDocument()
        try writer.startElement("gexf")
        try writer.attribute("xmlns", Self.namespace)
        try writer.attribute("version", "1.3")
        try writer.startElement("meta")
        try writer.startElement("creator")
        try writer.text("kg")
        try writer.endElement()
        try writer.startElement("description")
        try writer.text("Knowledge graph of entities and relations extracted from news articles")
        try writer.endElement()
        try writer.endElement()
        try writer.startElement("graph")
        try writer.attribute("defaultedgetype", "directed")
        try writer.attribute("mode", isDynamic ? "dynamic" : "static")
        if isDynamic { try writer.attribute("timeformat", "date") }
        try declare(class: "node", Self.nodeAttributes + entityAttributes.map { Attribute(entityAttribute: $0.key) },
                    to: writer)
        try declare(class: "edge", Self.edgeAttributes, to: writer)
        try writer.startElement("nodes")
        try writer.attribute("count", String(entities.count))
        for entity in entities {
            try node(entity, entityAttributes: entityAttributes, to: writer)
        }
        try writer.endElement()
        try writer.startElement("edges")
        try writer.attribute("count", String(relations.count))
        for (index, relation) in relations.enumerated() {
            try edge(relation, id: "e\(index)", to: writer)
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
    }

    /// The day an entity's `date` attribute names, if it is a full ISO date.
    static func day(of entity: Entity) -> String? {
        entity.attributes["date"].flatMap { $0.isISOCalendarDate ? $0 : nil }
    }

    private func declare(class domain: String, _ attributes: [Attribute],
                         to writer: borrowing XMLTextWriter) throws(ExportError) {
        try writer.startElement("attributes")
        try writer.attribute("class", domain)
        for attribute in attributes {
            try writer.startElement("attribute")
            try writer.attribute("id", attribute.id)
            try writer.attribute("title", attribute.title)
            try writer.attribute("type", attribute.type)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func node(_ entity: Entity, entityAttributes: [(attribute: String, key: GraphMLKey)],
                      to writer: borrowing XMLTextWriter) throws(ExportError) {
        let color = entity.type.style.color
        try writer.startElement("node")
        try writer.attribute("id", entity.id.rawValue)
        try writer.attribute("label", entity.label)
        try writer.startElement("attvalues")
        try value(Self.type, entity.type.rawValue, to: writer)
        try value(Self.aliases, entity.sortedAliases.joined(separator: GraphMLWriter.separator), to: writer)
        try value(Self.mentions, String(entity.mentionCount), to: writer)
        try value(Self.documents, entity.documents.joined(separator: GraphMLWriter.separator), to: writer)
        try value(Self.confidence, entity.confidence.exportText, to: writer)
        for (attribute, key) in entityAttributes {
            if let text = entity.attributes[attribute] { try value(Attribute(entityAttribute: key), text, to: writer) }
        }
        try writer.endElement()
        if let day = Self.day(of: entity) {
            try writer.startElement("spells")
            try writer.startElement("spell")
            try writer.attribute("start", day)
            try writer.attribute("end", day)
            try writer.endElement()
            try writer.endElement()
        }
        try writer.startElement("color")
        try writer.attribute("r", String(color.red))
        try writer.attribute("g", String(color.green))
        try writer.attribute("b", String(color.blue))
        try writer.endElement()
        try writer.startElement("size")
        try writer.attribute("value", GraphMLWriter.size(mentions: entity.mentionCount).exportText)
        try writer.endElement()
        try writer.endElement()
    }

    private func edge(_ relation: Relation, id: String, to writer: borrowing XMLTextWriter) throws(ExportError) {
        try writer.startElement("edge")
        try writer.attribute("id", id)
        try writer.attribute("source", relation.head.rawValue)
        try writer.attribute("target", relation.tail.rawValue)
        try writer.attribute("label", relation.kind.phrase)
        try writer.attribute("weight", relation.weight.exportText)
        try writer.startElement("attvalues")
        try value(Self.relation, relation.kind.rawValue, to: writer)
        try value(Self.evidence, relation.evidence.first?.sentence ?? "", to: writer)
        try value(Self.edgeDocuments, relation.documents.joined(separator: GraphMLWriter.separator), to: writer)
        try value(Self.edgeConfidence, relation.confidence.exportText, to: writer)
        try value(Self.rule, relation.rule, to: writer)
        try writer.endElement()
        try writer.endElement()
    }

    /// Writes `<attvalue for="..." value="..."/>`; nothing for an empty string value.
    private func value(_ attribute: Attribute, _ text: String, to writer: borrowing XMLTextWriter) throws(ExportError) {
        if text.isEmpty { return }
        try writer.startElement("attvalue")
        try writer.attribute("for", attribute.id)
        try writer.attribute("value", text)
        try writer.endElement()
    }
}

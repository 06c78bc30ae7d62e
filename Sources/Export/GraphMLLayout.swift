import Graph

/// What a GraphML document of a graph holds, element by element: the header
/// (declaration, keys, `<graph>` start) and record *i*, which is the *i*-th
/// entity's node for *i* < *n* and else edge `e`(*i* − *n*), in sorted order.
///
/// Records can be written in any grouping and on any thread: each depends only
/// on the graph and its index.
struct GraphMLLayout: Sendable {
    /// Its entities and relations in export order.
    let sorted: KnowledgeGraph.SortedView
    /// The keys of the entity attributes the graph uses, by attribute name.
    let attributeKeys: [(attribute: String, key: GraphMLKey)]

    /// The layout of `graph`, its relations ordered on up to `jobs` threads.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r*) for *n* entities and *r* relations.
    init(graph: KnowledgeGraph, jobs: Int) {
        sorted = graph.sorted(jobs: jobs)
        attributeKeys = GraphMLKey.attributeKeys(for: graph)
    }

    /// How many records (nodes and edges) the document holds.
    var recordCount: Int { sorted.entities.count + sorted.relations.count }

    /// Writes the declaration, the `<graphml>` start with its namespaces, the
    /// keys and the `<graph>` start tag.
    func writeHeader(to writer: borrowing XMLTextWriter) throws(ExportError) {
        try writer.startDocument()
        try writer.startElement("graphml")
        try writer.attribute("xmlns", GraphMLWriter.namespace)
        try writer.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try writer.attribute("xsi:schemaLocation", "\(GraphMLWriter.namespace) \(GraphMLWriter.schemaLocation)")
        for key in GraphMLKey.nodeKeys + attributeKeys.map(\.key) + GraphMLKey.edgeKeys {
            try declare(key, to: writer)
        }
        try writer.startElement("graph")
        try writer.attribute("id", "G")
        try writer.attribute("edgedefault", "directed")
    }

    /// Writes record `index`: a node or an edge.
    ///
    /// - Complexity: O(*s*) in the characters written, plus O(*m*) in the
    ///   mentions of an edge's ends (to find the words of its evidence).
    func writeRecord(_ index: Int, to writer: borrowing XMLTextWriter) throws(ExportError) {
        if index < sorted.entities.count {
            try node(sorted.entities[index], to: writer)
        } else {
            let edge = index - sorted.entities.count
            try self.edge(sorted.relations[edge], ends: sorted.ends(ofRelationAt: edge), id: "e" + String(edge), to: writer)
        }
    }

    private func declare(_ key: GraphMLKey, to writer: borrowing XMLTextWriter) throws(ExportError) {
        try writer.startElement("key")
        try writer.attribute("id", key.id)
        try writer.attribute("for", key.domain.rawValue)
        try writer.attribute("attr.name", key.name)
        try writer.attribute("attr.type", key.type.rawValue)
        try writer.endElement()
    }

    private func node(_ entity: borrowing Entity, to writer: borrowing XMLTextWriter) throws(ExportError) {
        let color = entity.type.style.color
        try writer.startElement("node")
        try writer.attribute("id", entity.id.rawValue)
        try data(.label, entity.label, to: writer)
        try data(.type, entity.type.rawValue, to: writer)
        try data(.aliases, entity.sortedAliases.joined(separator: GraphMLWriter.separator), to: writer, skipEmpty: true)
        try data(.mentions, String(entity.mentionCount), to: writer)
        try data(.documents, entity.documents.joined(separator: GraphMLWriter.separator), to: writer, skipEmpty: true)
        try data(.confidence, entity.confidence.exportText, to: writer)
        try data(.red, String(color.red), to: writer)
        try data(.green, String(color.green), to: writer)
        try data(.blue, String(color.blue), to: writer)
        try data(.size, GraphMLWriter.size(mentions: entity.mentionCount).exportText, to: writer)
        for (attribute, key) in attributeKeys {
            if let value = entity.attributes[attribute] { try data(key, value, to: writer) }
        }
        try writer.endElement()
    }

    private func edge(_ relation: borrowing Relation, ends: (head: Int, tail: Int), id: String,
                      to writer: borrowing XMLTextWriter) throws(ExportError) {
        try writer.startElement("edge")
        try writer.attribute("id", id)
        try writer.attribute("source", relation.head.rawValue)
        try writer.attribute("target", relation.tail.rawValue)
        try data(.relation, relation.kind.rawValue, to: writer)
        try data(.edgeLabel, relation.kind.phrase, to: writer)
        try data(.weight, relation.weight.exportText, to: writer)
        assert(sorted.entities[ends.head].id == relation.head && sorted.entities[ends.tail].id == relation.tail)
        if let evidence = relation.evidence.first {
            try data(.evidence, evidence.sentence, to: writer, skipEmpty: true)
            let stated = relation.firstEvidenceMentions
            let head = sorted.entities[ends.head].mentionText(in: evidence) ?? stated?.head ?? ""
            let tail = sorted.entities[ends.tail].mentionText(in: evidence) ?? stated?.tail ?? ""
            try data(.headMention, head, to: writer, skipEmpty: true)
            try data(.tailMention, tail, to: writer, skipEmpty: true)
        }
        try data(.edgeDocuments, relation.documents.joined(separator: GraphMLWriter.separator), to: writer, skipEmpty: true)
        try data(.edgeConfidence, relation.confidence.exportText, to: writer)
        try data(.rule, relation.rule, to: writer, skipEmpty: true)
        try writer.endElement()
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
}

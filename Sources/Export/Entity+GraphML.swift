import Graph

extension Entity {
    /// The names of the node data kg writes for every entity; other data are entity attributes.
    static let graphMLNames: Set<String> = ["label", "type", "aliases", "mentions", "documents", "confidence",
                                            "r", "g", "b", "size"]

    /// The entity a GraphML node describes, by data name: `label` (else the
    /// node id), `type` (required, an ontology type), `aliases` (split at
    /// ` | `), `confidence` (1 when absent), and every datum kg does not
    /// write for all entities as an attribute (an `attr_date` key's `date`).
    ///
    /// The id is derived from the label, as for every entity; kg's own node
    /// ids are exactly that. The entity has no mentions: GraphML carries only
    /// their number (`mentions`) and `documents`, which the entity keeps.
    ///
    /// - Complexity: O(*d*) in the node's data.
    init(graphML node: GraphMLDocument.Node) throws(GraphMLReadError) {
        guard let typeName = node.data["type"]?.description else {
            throw GraphMLReadError(path: nil, reason: .missingType(node: node.name))
        }
        guard let type = EntityType(rawValue: typeName) else {
            throw GraphMLReadError(path: nil, reason: .unknownType(node: node.name, type: typeName))
        }
        let aliases = node.data["aliases"].map {
            $0.description.split(separator: GraphMLWriter.separator, omittingEmptySubsequences: false).map(String.init)
        }
        var attributes: [String: String] = [:]
        for (name, value) in node.data where !Self.graphMLNames.contains(name) {
            attributes[name] = value.description
        }
        let documents = node.data["documents"].map {
            $0.description.split(separator: GraphMLWriter.separator, omittingEmptySubsequences: false).map(String.init)
        }
        self.init(label: node.data["label"]?.description ?? node.id, type: type, aliases: Set(aliases ?? []),
                  confidence: try node.data.number("confidence", of: node.name) ?? 1, attributes: attributes,
                  mentionCount: try node.data.number("mentions", of: node.name).map { Int($0) }, documents: documents ?? [])
    }
}

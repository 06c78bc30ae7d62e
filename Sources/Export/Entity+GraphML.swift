import Graph

extension Entity {
    /// The entity a GraphML node describes; see `init(graphML:id:element:)`.
    ///
    /// - Complexity: O(*d*) in the node's data.
    init(graphML node: GraphMLDocument.Node) throws(GraphMLReadError) {
        try self.init(graphML: node.data, id: node.id, element: node.name)
    }

    /// The entity a GraphML node of id `id` describes, by data name: `label`
    /// (else the node id), `type` (required, an ontology type), `aliases`
    /// (split at ` | `), `confidence` (1 when absent), and every datum kg does
    /// not write for all entities as an attribute (an `attr_date` key's `date`).
    /// Errors name the node as `element`.
    ///
    /// The id is derived from the label, as for every entity; kg's own node
    /// ids are exactly that. The entity has no mentions: GraphML carries only
    /// their number (`mentions`) and `documents`, which the entity keeps.
    ///
    /// - Complexity: O(*d*) in the node's data.
    init(graphML data: some GraphMLData, id: String, element: @autoclosure () -> String) throws(GraphMLReadError) {
        guard let typeName = data[.type]?.description else {
            throw GraphMLReadError(path: nil, reason: .missingType(node: element()))
        }
        guard let type = EntityType(rawValue: typeName) else {
            throw GraphMLReadError(path: nil, reason: .unknownType(node: element(), type: typeName))
        }
        var attributes: [String: String] = [:]
        data.forEachAttribute { name, value in attributes[name] = value.description }
        self.init(label: data[.label]?.description ?? id, type: type, aliases: Set(data.list(.aliases) ?? []),
                  confidence: try data.number(.confidence, of: element()) ?? 1, attributes: attributes,
                  mentionCount: try data.number(.mentions, of: element()).map { Int($0) },
                  documents: data.list(.documents) ?? [])
    }
}

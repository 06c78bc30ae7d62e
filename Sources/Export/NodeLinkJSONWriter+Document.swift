import Graph

extension NodeLinkJSONWriter {
    /// Writes the whole node-link document of `graph` to `output`, ending
    /// with a newline, one node or link at a time.
    ///
    /// The top-level members are written in the order `JSONValue` sorts keys
    /// (`directed`, `graph`, `links`, `multigraph`, `nodes`) with its
    /// indentation, so the text is the one the whole document as a
    /// `JSONValue` would give, without ever holding it.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    func emit<Output: ExportOutput>(_ graph: KnowledgeGraph, to output: inout Output) throws(Output.Failure) {
        try output.write("{\n  \"directed\": ")
        try JSONValue.bool(true).write(to: &output, indent: "  ")
        try output.write(",\n  \"graph\": ")
        try JSONValue.object(["creator": .string("kg")]).write(to: &output, indent: "  ")
        try output.write(",\n  \"links\": ")
        try Self.writeArray(graph.sortedRelations.lazy.map(link), to: &output)
        try output.write(",\n  \"multigraph\": ")
        try JSONValue.bool(true).write(to: &output, indent: "  ")
        try output.write(",\n  \"nodes\": ")
        try Self.writeArray(graph.sortedEntities.lazy.map(node), to: &output)
        try output.write("\n}\n")
    }

    /// Writes a top-level member's array, element by element, as
    /// `JSONValue.array` would at that depth.
    private static func writeArray<Output: ExportOutput>(_ elements: some Sequence<JSONValue>,
                                                         to output: inout Output) throws(Output.Failure) {
        var isFirst = true
        for element in elements {
            try output.write(isFirst ? "[\n    " : ",\n    ")
            try element.write(to: &output, indent: "    ")
            isFirst = false
        }
        try output.write(isFirst ? "[]" : "\n  ]")
    }

    private func node(_ entity: Entity) -> JSONValue {
        .object([
            "id": .string(entity.id.rawValue),
            "label": .string(entity.label),
            "type": .string(entity.type.rawValue),
            "aliases": .array(entity.sortedAliases.map(JSONValue.string)),
            "mentions": .integer(entity.mentionCount),
            "documents": .array(entity.documents.map(JSONValue.string)),
            "confidence": .number(entity.confidence),
            "color": .string(entity.type.style.color.hex),
            "size": .number(GraphMLWriter.size(mentions: entity.mentionCount)),
            "attributes": .object(entity.attributes.mapValues(JSONValue.string)),
        ])
    }

    private func link(_ relation: Relation) -> JSONValue {
        .object([
            "source": .string(relation.head.rawValue),
            "target": .string(relation.tail.rawValue),
            "key": .string(relation.kind.rawValue),
            "relation": .string(relation.kind.rawValue),
            "label": .string(relation.kind.phrase),
            "weight": .number(relation.weight),
            "evidence": .string(relation.evidence.first?.sentence ?? ""),
            "documents": .array(relation.documents.map(JSONValue.string)),
            "confidence": .number(relation.confidence),
            "rule": .string(relation.rule),
        ])
    }
}

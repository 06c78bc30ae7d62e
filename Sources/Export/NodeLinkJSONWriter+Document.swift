import Graph

extension NodeLinkJSONWriter {
    /// The whole node-link document of `graph`.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r*) plus the size of the text.
    func document(for graph: KnowledgeGraph) -> JSONValue {
        .object([
            "directed": .bool(true),
            "multigraph": .bool(true),
            "graph": .object(["creator": .string("kg")]),
            "nodes": .array(graph.sortedEntities.map(node)),
            "links": .array(graph.sortedRelations.map(link)),
        ])
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

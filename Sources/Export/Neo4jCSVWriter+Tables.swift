import Graph

extension Neo4jCSVWriter {
    /// The node columns before the entity attributes.
    static let nodeColumns = ["id:ID", "label", "type", ":LABEL", "aliases:string[]", "mentions:int",
                              "documents:string[]", "confidence:float", "color", "size:float"]
    /// The relationship columns.
    static let relationshipColumns = [":START_ID", ":END_ID", ":TYPE", "relation", "weight:float", "evidence",
                                      "documents:string[]", "confidence:float", "rule"]
    /// The label every node carries besides its type.
    static let entityLabel = "Entity"

    /// The relationship type of a relation: its name upper-cased (`FOUNDER_OF`).
    static func relationshipType(_ kind: RelationKind) -> String {
        kind.rawValue.uppercased()
    }

    /// The entity attribute names with their columns (`date` -> `attr_date`), sorted by name.
    static func attributeColumns(for graph: KnowledgeGraph) -> [(attribute: String, column: String)] {
        GraphMLKey.attributeKeys(for: graph).map { ($0.attribute, $0.key.id) }
    }

    /// Writes `nodes.csv`: the header, then one row per entity.
    ///
    /// - Complexity: O(*n* log *n*) plus the size of the fields.
    func writeNodes<Output: ExportOutput>(of graph: KnowledgeGraph, to output: inout Output) throws(Output.Failure) {
        let attributes = Self.attributeColumns(for: graph)
        let table = CSVTable(header: Self.nodeColumns + attributes.map(\.column))
        try table.write(graph.sortedEntities.lazy.map { entity in
            [
                entity.id.rawValue, entity.label, entity.type.rawValue, "\(Self.entityLabel);\(entity.type.rawValue)",
                Self.array(entity.sortedAliases), String(entity.mentionCount), Self.array(entity.documents),
                entity.confidence.exportText, entity.type.style.color.hex,
                GraphMLWriter.size(mentions: entity.mentionCount).exportText,
            ] + attributes.map { entity.attributes[$0.attribute] ?? "" }
        }, to: &output)
    }

    /// Writes `relationships.csv`: the header, then one row per relation.
    ///
    /// - Complexity: O(*r* log *r*) plus the size of the fields.
    func writeRelationships<Output: ExportOutput>(of graph: KnowledgeGraph, to output: inout Output) throws(Output.Failure) {
        try CSVTable(header: Self.relationshipColumns).write(graph.sortedRelations.lazy.map { relation in
            [
                relation.head.rawValue, relation.tail.rawValue, Self.relationshipType(relation.kind),
                relation.kind.rawValue, relation.weight.exportText, relation.evidence.first?.sentence ?? "",
                Self.array(relation.documents), relation.confidence.exportText, relation.rule,
            ]
        }, to: &output)
    }

    /// An array field: elements joined by `;`, a `;` inside an element replaced by
    /// U+FF1B (by Unicode scalar, so also a `;` followed by a combining mark).
    static func array(_ elements: [String]) -> String {
        elements.map { element in
            String(String.UnicodeScalarView(element.unicodeScalars.map { $0 == ";" ? "\u{FF1B}" : $0 }))
        }.joined(separator: ";")
    }
}

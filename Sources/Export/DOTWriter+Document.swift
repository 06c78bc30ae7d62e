import Foundation
import Graph

extension DOTWriter {
    /// Writes the whole `digraph` to `output`: defaults, the legend, nodes,
    /// then edges, one line at a time.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    func emit<Output: ExportOutput>(_ graph: KnowledgeGraph, to output: inout Output) throws(Output.Failure) {
        let entities = graph.sortedEntities
        try output.write("digraph \("knowledge_graph".dotQuoted) {\n")
        try output.write("  graph [overlap=\"false\"];\n")
        try output.write("  node [style=\"filled\", fontsize=\"11\"];\n")
        try output.write("  edge [fontsize=\"9\"];\n")
        try output.write(legend(for: Set(entities.map(\.type)).sorted()))
        for entity in entities {
            try output.write(node(entity))
        }
        for relation in graph.sortedRelations {
            try output.write(edge(relation))
        }
        try output.write("}\n")
    }

    /// A `cluster_legend` subgraph with one sample node per type, in ontology
    /// order; nothing when there are no types. Its node ids (`legend_Person`,
    /// ...) cannot clash with entity ids, which have no capitals or `_`.
    private func legend(for types: [EntityType]) -> String {
        guard !types.isEmpty else { return "" }
        var text = "  subgraph \("cluster_legend".dotQuoted) {\n"
        text += "    label=\("Legend".dotQuotedLabel);\n"
        for type in types {
            text += "    \("legend_\(type.rawValue)".dotQuoted) [\(attributes(label: type.rawValue, style: type.style))];\n"
        }
        return text + "  }\n"
    }

    private func node(_ entity: Entity) -> String {
        "  \(entity.id.rawValue.dotQuoted) [\(attributes(label: entity.label, style: entity.type.style))];\n"
    }

    private func attributes(label: String, style: EntityStyle) -> String {
        "label=\(label.dotQuotedLabel), shape=\(style.shape.dotQuoted), fillcolor=\(style.color.hex.dotQuoted)"
    }

    private func edge(_ relation: Relation) -> String {
        var attributes = [
            "label=\(relation.kind.rawValue.dotQuotedLabel)",
            "penwidth=\(Self.penWidth(weight: relation.weight).exportText.dotQuoted)",
        ]
        if relation.kind.isSymmetric {
            attributes.append("dir=\("none".dotQuoted)")
        }
        if relation.kind == .coOccursWith {
            attributes.append("style=\("dashed".dotQuoted), color=\("grey60".dotQuoted), fontcolor=\("grey40".dotQuoted)")
        }
        let ends = "\(relation.head.rawValue.dotQuoted) -> \(relation.tail.rawValue.dotQuoted)"
        return "  \(ends) [\(attributes.joined(separator: ", "))];\n"
    }

    /// The edge width: 1 for one statement, growing with the logarithm of the
    /// weight, at most 8.
    static func penWidth(weight: Double) -> Double {
        min(8, 1 + 1.5 * log2(max(weight, 1))).roundedForExport
    }
}

import ArgumentParser
import Foundation

/// A graph file format that `kg build` and `kg merge` write.
enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case graphml, dot, gexf, json, neo4j, svg, png

    /// The file (or, for neo4j, the folder) written in the output folder.
    var fileName: String { self == .neo4j ? "neo4j" : "graph.\(rawValue)" }

    /// The formats written when none is asked for.
    static let defaults: [GraphFormat] = [.graphml, .dot]

    /// The help text of the `--format` option.
    static let help = "Formats to write, comma-separated: graphml, dot (the default), gexf, json (node-link), neo4j (CSV + Cypher), svg, png (Graphviz)."

    /// The formats of one `--format` value, such as `graphml,neo4j`.
    static func parseList(_ text: String) throws -> [GraphFormat] {
        try text.split(separator: ",").map { name in
            guard let format = GraphFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("unknown format '\(name)'; use \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
    }

    /// The formats to write for the `--format` values given: the defaults when none was
    /// given, else each format once, in name order.
    static func chosen(_ lists: [[GraphFormat]]) -> [GraphFormat] {
        lists.isEmpty ? defaults : Array(Set(lists.joined())).sorted { $0.rawValue < $1.rawValue }
    }
}

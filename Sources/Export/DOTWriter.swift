import Foundation
import Graph

/// Writes a knowledge graph as a Graphviz `digraph` that `dot` and `sfdp`
/// render without a warning.
///
/// Every id and every attribute value is quoted and escaped (`String.dotQuoted`),
/// so no text of the input can break out of its string. Nodes are drawn with
/// their type's shape and colour (`EntityType.style`), with a legend of the
/// types present; edges are labelled with the relation name and grow thicker
/// with weight. Output is in the graph's sorted order, so the same graph
/// always gives the same text.
public struct DOTWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The DOT text of `graph`.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    public func string(for graph: KnowledgeGraph) -> String {
        document(for: graph)
    }

    /// The DOT text of `graph`, UTF-8 encoded.
    ///
    /// - Complexity: as `string(for:)`.
    public func data(for graph: KnowledgeGraph) -> Data {
        Data(document(for: graph).utf8)
    }

    /// Writes the DOT text of `graph` to `url`, replacing the file only when
    /// it is complete (`AtomicFile`).
    ///
    /// - Complexity: as `string(for:)`.
    public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
        try AtomicFile(url: url).write(data(for: graph))
    }
}

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
        String(decoding: data(for: graph), as: UTF8.self)
    }

    /// The DOT text of `graph`, UTF-8 encoded.
    ///
    /// - Complexity: as `string(for:)`.
    public func data(for graph: KnowledgeGraph) -> Data {
        var output = MemoryOutput()
        emit(graph, to: &output)
        return Data(output.bytes)
    }

    /// Writes the DOT text of `graph` to `url`, streaming it through a 64 KiB
    /// buffer to a temporary file that replaces the target only when it is
    /// complete (`AtomicFile`); the text is never held in memory as a whole.
    ///
    /// - Complexity: as `string(for:)`, in O(1) extra memory for the output.
    public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
        try AtomicFile(url: url).stream { output throws(ExportError) in try emit(graph, to: &output) }
    }
}

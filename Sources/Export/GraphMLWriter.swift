import Foundation
import Graph

/// Writes a knowledge graph as GraphML 1.0 (UTF-8) with libxml2's text writer,
/// in the form `spec/formats.md` fixes for Gephi, networkx and igraph.
///
/// Nodes and edges are streamed in the graph's sorted order; node ids are the
/// entity ids and edge ids `e0`, `e1`, ... in that order, so the same graph
/// always gives a byte-identical file. Characters XML 1.0 forbids are replaced
/// by U+FFFD before they reach libxml2.
public struct GraphMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The GraphML document of `graph`.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    public func data(for graph: KnowledgeGraph) throws(ExportError) -> Data {
        let writer = try XMLTextWriter()
        try emit(graph, to: writer)
        return Data(try writer.finish())
    }

    /// The GraphML document of `graph` as text.
    ///
    /// - Complexity: as `data(for:)`.
    public func string(for graph: KnowledgeGraph) throws(ExportError) -> String {
        String(decoding: try data(for: graph), as: UTF8.self)
    }

    /// Writes the GraphML document of `graph` to `url`, streaming it to a
    /// temporary file that replaces the target only when complete (`AtomicFile`).
    ///
    /// - Complexity: as `data(for:)`, in constant extra memory for the output.
    public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
        try AtomicFile(url: url).write { descriptor throws(ExportError) in
            let writer = try XMLTextWriter(descriptor: descriptor, destination: url.path)
            try emit(graph, to: writer)
            _ = try writer.finish()
        }
    }
}

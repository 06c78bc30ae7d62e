import Foundation
import Graph

/// Writes a knowledge graph as node-link JSON, the form d3-force and
/// `networkx.node_link_graph(data, edges="links")` read.
///
/// The document is `{"directed": true, "multigraph": true, "graph": {...},
/// "nodes": [...], "links": [...]}`. It is a multigraph because two entities
/// may be linked by several relations (founder and CEO of one company); each
/// link's `key` is its relation name, unique per ordered pair.
///
/// Nodes: `id` (the entity id), `label`, `type`, `aliases` and `documents`
/// (sorted lists), `mentions`, `confidence`, `color` (`#rrggbb` per type),
/// `size`, and `attributes` (the entity's attributes, such as `date`, as an
/// object, so their names never clash with the fixed fields). Links:
/// `source`, `target`, `key`, `relation`, `label` (the relation in words),
/// `weight`, `evidence` (the first sentence, `""` when there is none),
/// `documents`, `confidence`, `rule`.
///
/// Nodes and links come in the graph's sorted order and object keys are
/// sorted, so the same graph always gives byte-identical UTF-8 output.
public struct NodeLinkJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The node-link JSON of `graph`, ending with a newline.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    public func data(for graph: KnowledgeGraph) throws(ExportError) -> Data {
        var output = MemoryOutput()
        emit(graph, to: &output)
        return Data(output.bytes)
    }

    /// Writes the node-link JSON of `graph` to `url`, streaming it through a
    /// 64 KiB buffer to a temporary file that replaces the target only when it
    /// is complete (`AtomicFile`); the text is never held in memory as a whole.
    ///
    /// - Complexity: as `data(for:)`, in O(1) extra memory for the output.
    public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
        try AtomicFile(url: url).stream { output throws(ExportError) in try emit(graph, to: &output) }
    }
}

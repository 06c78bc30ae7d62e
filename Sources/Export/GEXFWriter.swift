import Foundation
import Graph

/// Writes a knowledge graph as GEXF 1.3 (UTF-8) with libxml2's text writer,
/// for Gephi and `networkx.read_gexf`.
///
/// Node ids are the entity ids, edge ids `e0`, `e1`, ... in the graph's sorted
/// order, so the same graph always gives a byte-identical file. Node data are
/// GEXF attributes (`type`, `aliases`, `mentions`, `documents`, `confidence`
/// and one string attribute per entity attribute name, such as `date`); edges
/// carry `label` (the relation in words), `weight` and the attributes
/// `relation`, `evidence`, `documents`, `confidence` and `rule`.
///
/// An entity whose `date` is a full ISO date (`2024-11-26`) gets a spell of
/// that day, so Gephi's timeline shows it; the graph is then `mode="dynamic"`,
/// else `static`. Partial dates (`--06-05`) stay an attribute only.
///
/// Colour and size are written as `<color>` and `<size>` in the GEXF
/// namespace itself, the form the GEXF 1.3 schema (whose viz part has no
/// namespace of its own) validates and which Gephi reads by local name;
/// `networkx.read_gexf` looks for them in the `viz` namespace and ignores them.
public struct GEXFWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The GEXF document of `graph`.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    public func data(for graph: KnowledgeGraph) throws(ExportError) -> Data {
        let writer = try XMLTextWriter()
        try emit(graph, to: writer)
        return Data(try writer.finish())
    }

    /// Writes the GEXF document of `graph` to `url`, streaming it to a
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

import Foundation
import Graph

/// Writes a knowledge graph as GraphML 1.0 (UTF-8) with libxml2's text writer,
/// in the form `spec/formats.md` fixes for Gephi, networkx and igraph.
///
/// Nodes and edges are written in the graph's sorted order; node ids are the
/// entity ids and edge ids `e0`, `e1`, ... in that order, so the same graph
/// always gives a byte-identical file. Characters XML 1.0 forbids are replaced
/// by U+FFFD before they reach libxml2.
///
/// The nodes and edges are cut into pieces of `recordsPerPiece` that `jobs`
/// threads render at once, each with its own libxml2 writer placed at the
/// depth the records have in the document (`GraphMLWriter+Pieces.swift`); the
/// pieces are joined in order, so the file is the same for any `jobs`.
public struct GraphMLWriter: Sendable {
    /// The GraphML namespace.
    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    /// Where the GraphML 1.0 schema is published (the `xsi:schemaLocation` hint).
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    /// What joins several aliases or documents into one string value.
    static let separator = " | "

    /// The Gephi node size: 10 for no mention, growing with the logarithm of the mentions.
    static func size(mentions: Int) -> Double {
        (10 + 6 * log2(1 + Double(mentions))).roundedForExport
    }

    /// How many threads render pieces at once.
    public let jobs: Int
    /// How many nodes and edges one piece holds.
    let recordsPerPiece: Int

    /// Creates a writer that renders on `jobs` threads (default: all cores).
    ///
    /// - Precondition: `jobs` ≥ 1.
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.init(jobs: jobs, recordsPerPiece: 1024)
    }

    /// Creates a writer with pieces of `recordsPerPiece` nodes and edges.
    init(jobs: Int, recordsPerPiece: Int) {
        precondition(jobs >= 1 && recordsPerPiece >= 1, "at least one job and one record per piece")
        self.jobs = jobs
        self.recordsPerPiece = recordsPerPiece
    }

    /// The GraphML document of `graph`.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    public func data(for graph: KnowledgeGraph) throws(ExportError) -> Data {
        var document: [UInt8] = []
        try emit(graph) { bytes throws(ExportError) in document += bytes }
        return Data(document)
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
    /// - Complexity: as `data(for:)`; the output held in memory is a few
    ///   pieces per job, whatever the size of the graph.
    public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
        try AtomicFile(url: url).write { descriptor throws(ExportError) in
            try emit(graph) { bytes throws(ExportError) in
                try bytes.withUnsafeBytes { raw in
                    Result { () throws(ExportError) in try AtomicFile.writeAll(raw, to: descriptor, path: url.path) }
                }.get()
            }
        }
    }
}

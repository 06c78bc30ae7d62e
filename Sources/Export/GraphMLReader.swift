import Foundation
import Graph

/// Reads GraphML with libxml2's streaming SAX2 push parser: any valid GraphML
/// document (from kg, Gephi, networkx or yEd) as a `GraphMLDocument`, and
/// kg's own files back into a `KnowledgeGraph`.
///
/// Hostile input is refused with a `GraphMLReadError`, never acted on: the
/// reader never touches the network or another file, never loads a DTD and
/// never expands an entity (a DOCTYPE with an internal subset, where entities
/// are declared, is an error, so XXE and billion-laughs files fail at once),
/// and stops at the size, depth and text limits of `limits`. libxml2 prints
/// nothing; its first error becomes the thrown error, with the line.
public struct GraphMLReader: Sendable {
    /// The limits reading stops at.
    public var limits: Limits
    /// The most threads a large file is read with, each reading parts of it in
    /// turn; the graph is the same for any number. By default, one per core.
    public var parts: Int
    /// The smallest part worth a thread, in bytes.
    var minimumPartSize = 4 << 20

    /// Creates a reader with these limits that reads a large file on up to `parts` threads at once.
    public init(limits: Limits = Limits(), parts: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.limits = limits
        self.parts = max(parts, 1)
    }

    /// The GraphML document in the file at `url`.
    ///
    /// - Complexity: O(*s*) in the size of the file, in memory for the document
    ///   (the XML is streamed, never held whole).
    public func document(contentsOf url: URL) throws(GraphMLReadError) -> GraphMLDocument {
        let path = url.path
        return try withInput(at: path) { input, _, _ throws(GraphMLReadError) in try document(of: input, path: path) }
    }

    /// The GraphML document in `data`; errors name no file.
    ///
    /// - Complexity: O(*s*) in the size of the data.
    public func document(from data: Data) throws(GraphMLReadError) -> GraphMLDocument {
        try document(of: input(from: data), path: nil)
    }

    /// The knowledge graph in the GraphML file at `url`, read the way
    /// `GraphMLWriter` writes one: as `KnowledgeGraph.init(graphML:)` reads a
    /// document, but converting each node and edge as it is read, without
    /// keeping the document. A large file is read in parts on `parts` threads
    /// (see `graphInParts(_:path:)`), with the same result.
    ///
    /// - Complexity: O(*s*) in the size of the file, plus merging.
    public func graph(contentsOf url: URL) throws(GraphMLReadError) -> KnowledgeGraph {
        let path = url.path
        return try withInput(at: path) { input, descriptor, size throws(GraphMLReadError) in
            if parts > 1, size >= 2 * minimumPartSize,
               let graph = graphInParts(.file(descriptor: descriptor, size: size), path: path) {
                return graph
            }
            return try graph(of: input, path: path)
        }
    }

    /// The knowledge graph in GraphML `data`; see `graph(contentsOf:)`.
    ///
    /// - Complexity: as `graph(contentsOf:)`.
    public func graph(from data: Data) throws(GraphMLReadError) -> KnowledgeGraph {
        try graph(of: input(from: data), path: nil)
    }

    /// A stream of `data`, refused when it is over the size limit.
    private func input(from data: Data) throws(GraphMLReadError) -> XMLInputStream {
        guard data.count <= limits.maximumFileSize else {
            throw GraphMLReadError(path: nil, reason: .tooLarge(limit: limits.maximumFileSize))
        }
        return XMLInputStream(bytes: data, limit: limits.maximumFileSize)
    }

    /// Opens the file at `path` for `body`, refusing what is over the size
    /// limit; `body` gets the stream, the descriptor and, for a regular file, its size (else 0).
    private func withInput<Result>(at path: String,
                                   _ body: (XMLInputStream, Int32, Int) throws(GraphMLReadError) -> Result) throws(GraphMLReadError) -> Result {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw GraphMLReadError(path: path, reason: .cannotRead(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        let isRegular = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        if isRegular, status.st_size > limits.maximumFileSize {
            throw GraphMLReadError(path: path, reason: .tooLarge(limit: limits.maximumFileSize))
        }
        return try body(XMLInputStream(descriptor: descriptor, limit: limits.maximumFileSize), descriptor,
                        isRegular ? Int(status.st_size) : 0)
    }

    private func document(of input: XMLInputStream, path: String?) throws(GraphMLReadError) -> GraphMLDocument {
        let sink = GraphMLDocumentSink()
        let builder = try parse(input, into: sink, path: path)
        let (nodes, edges) = try sink.finish(nodeIDs: builder.nodeIDs, path: path)
        return GraphMLDocument(keys: builder.keys, graphID: builder.graphID, edgeDefault: builder.edgeDefault,
                               graphData: builder.graphData, nodes: nodes, edges: edges)
    }

    private func graph(of input: XMLInputStream, path: String?) throws(GraphMLReadError) -> KnowledgeGraph {
        let sink = KnowledgeGraphSink()
        _ = try parse(input, into: sink, path: path)
        do throws(GraphMLReadError) {
            return try sink.graph()
        } catch {
            throw GraphMLReadError(path: path, line: error.line, reason: error.reason)
        }
    }

    /// Parses `input` as one document into `sink`; returns the finished builder.
    private func parse(_ input: XMLInputStream, into sink: some GraphMLRecordSink,
                       path: String?) throws(GraphMLReadError) -> GraphMLRecordBuilder {
        let log = XMLErrorLog()
        return try log.capturing { () throws(GraphMLReadError) -> GraphMLRecordBuilder in
            let builder = GraphMLRecordBuilder(path: path, maximumTextLength: limits.maximumTextLength, sink: sink)
            let parser = GraphMLPushParser(builder: builder, log: log, path: path, limits: limits)
            do throws(GraphMLReadError) {
                try parser.parse(input)
                var finished = parser.builder
                try finished.finish()
                return finished
            } catch {
                throw GraphMLReadError(path: path, line: error.line, reason: error.reason)
            }
        }
    }
}

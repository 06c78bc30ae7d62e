import Foundation
import Graph

/// Reads GraphML with libxml2's streaming `xmlTextReader`: any valid GraphML
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

    /// Creates a reader with these limits.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The GraphML document in the file at `url`.
    ///
    /// - Complexity: O(*s*) in the size of the file, in memory for the document
    ///   (the XML is streamed, never held whole).
    public func document(contentsOf url: URL) throws(GraphMLReadError) -> GraphMLDocument {
        let path = url.path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw GraphMLReadError(path: path, reason: .cannotRead(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > limits.maximumFileSize {
            throw GraphMLReadError(path: path, reason: .tooLarge(limit: limits.maximumFileSize))
        }
        return try document(of: XMLInputStream(descriptor: descriptor, limit: limits.maximumFileSize), path: path)
    }

    /// The GraphML document in `data`; errors name no file.
    ///
    /// - Complexity: O(*s*) in the size of the data.
    public func document(from data: Data) throws(GraphMLReadError) -> GraphMLDocument {
        guard data.count <= limits.maximumFileSize else {
            throw GraphMLReadError(path: nil, reason: .tooLarge(limit: limits.maximumFileSize))
        }
        return try document(of: XMLInputStream(bytes: data, limit: limits.maximumFileSize), path: nil)
    }

    /// The knowledge graph in the GraphML file at `url`; see `KnowledgeGraph.init(graphML:)`.
    ///
    /// - Complexity: as `document(contentsOf:)`, plus the conversion.
    public func graph(contentsOf url: URL) throws(GraphMLReadError) -> KnowledgeGraph {
        let document = try document(contentsOf: url)
        do throws(GraphMLReadError) {
            return try KnowledgeGraph(graphML: document)
        } catch {
            throw GraphMLReadError(path: url.path, line: error.line, reason: error.reason)
        }
    }

    /// The knowledge graph in GraphML `data`; see `KnowledgeGraph.init(graphML:)`.
    ///
    /// - Complexity: as `document(from:)`, plus the conversion.
    public func graph(from data: Data) throws(GraphMLReadError) -> KnowledgeGraph {
        try KnowledgeGraph(graphML: document(from: data))
    }

    private func document(of input: XMLInputStream, path: String?) throws(GraphMLReadError) -> GraphMLDocument {
        let log = XMLErrorLog()
        return try log.capturing { () throws(GraphMLReadError) -> GraphMLDocument in
            var reader = try XMLTextReader(input: input, log: log, path: path, limits: limits)
            var builder = GraphMLDocumentBuilder(path: path, maximumTextLength: limits.maximumTextLength)
            while let (event, line) = try reader.next() {
                try builder.take(event, line: line)
            }
            return try builder.finish()
        }
    }
}

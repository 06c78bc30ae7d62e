@testable import Export
import Foundation
import Graph
import Testing

/// The text exporters stream to their files through `BufferedFileOutput`, and
/// what they stream is byte for byte what their in-memory APIs return, also
/// for files many times the buffer size and for single pieces larger than it.
@Suite("Streaming export")
struct StreamingExportTests {
    /// A graph whose every text file is far larger than the 64 KiB buffer,
    /// with one label longer than the buffer on its own.
    static func bigGraph() -> KnowledgeGraph {
        var graph = SampleGraph.large(count: 3_000)
        graph.add(Entity(label: String(repeating: "A very long \"label\", ", count: 5_000), type: .person,
                         mentionCount: 1, documents: ["long.txt"]))
        return graph
    }

    /// The bytes of the file at `url`.
    private func bytes(_ url: URL) throws -> Data {
        try Data(contentsOf: url)
    }

    @Test func dotFileIsTheInMemoryText() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = Self.bigGraph(), url = folder.appendingPathComponent("graph.dot")
        try DOTWriter().write(graph, to: url)
        let data = DOTWriter().data(for: graph)
        #expect(data.count > 4 * BufferedFileOutput.capacity)
        #expect(try bytes(url) == data)
        #expect(DOTWriter().string(for: graph) == String(decoding: data, as: UTF8.self))
    }

    @Test func jsonFileIsTheInMemoryText() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = Self.bigGraph(), url = folder.appendingPathComponent("graph.json")
        try NodeLinkJSONWriter().write(graph, to: url)
        let data = try NodeLinkJSONWriter().data(for: graph)
        #expect(data.count > 4 * BufferedFileOutput.capacity)
        #expect(try bytes(url) == data)
    }

    @Test func emptyGraphJSONIsUnchanged() throws {
        let text = String(decoding: try NodeLinkJSONWriter().data(for: KnowledgeGraph()), as: UTF8.self)
        #expect(text == """
        {
          "directed": true,
          "graph": {
            "creator": "kg"
          },
          "links": [],
          "multigraph": true,
          "nodes": []
        }

        """)
    }

    @Test func neo4jFilesAreTheInMemoryFiles() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = Self.bigGraph()
        try Neo4jCSVWriter().write(graph, to: folder)
        let files = try Neo4jCSVWriter().files(for: graph)
        #expect(files["relationships.csv"]!.count > 4 * BufferedFileOutput.capacity)
        for name in Neo4jCSVWriter.fileNames {
            #expect(try bytes(folder.appendingPathComponent(name)) == files[name], "\(name)")
        }
    }

    @Test func bufferedOutputKeepsOrderAcrossFlushes() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.txt")
        let pieces = (0..<20_000).map { "piece \($0) ü🚀\n" } + [String(repeating: "x", count: 3 * BufferedFileOutput.capacity), "end\n"]
        try AtomicFile(url: url).stream { output throws(ExportError) in
            for piece in pieces { try output.write(piece) }
        }
        #expect(try bytes(url) == Data(pieces.joined().utf8))
    }

    @Test func failedWriteIsAnExportErrorNamingThePath() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("read-only.txt")
        try Data().write(to: url)
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var output = BufferedFileOutput(descriptor: descriptor, path: url.path)
        try output.write("buffered, not written yet")
        let error = #expect(throws: ExportError.self) { try output.flush() }
        guard case let .writeFailed(path, _) = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
    }
}

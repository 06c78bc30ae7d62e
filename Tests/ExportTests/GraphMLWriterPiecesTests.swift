@testable import Export
import Foundation
import Graph
import Testing

/// The GraphML writer renders its document in pieces on several threads; the
/// file must be byte for byte the one a single libxml2 writer makes in one
/// pass (one piece holding every record), whatever the piece size and jobs.
@Suite("GraphML writer pieces")
struct GraphMLWriterPiecesTests {
    /// The document written in one piece by one writer: the reference.
    static func onePass(_ graph: KnowledgeGraph) throws -> Data {
        try GraphMLWriter(jobs: 1, recordsPerPiece: .max).data(for: graph)
    }

    @Test(arguments: [(1, 1), (2, 1), (2, 2), (3, 5), (2, 1024)])
    func piecesJoinIntoTheOnePassDocument(jobs: Int, recordsPerPiece: Int) throws {
        var graphs = [KnowledgeGraph(), SampleGraph.make(), SampleGraph.large(count: 200)]
        graphs += (0..<40).map { RandomGraph.make(seed: 0x5049_4543 + UInt64($0)) }
        var entitiesOnly = KnowledgeGraph()
        entitiesOnly.add(Entity(label: "Alone", type: .person))
        graphs.append(entitiesOnly)
        for (index, graph) in graphs.enumerated() {
            let pieces = try GraphMLWriter(jobs: jobs, recordsPerPiece: recordsPerPiece).data(for: graph)
            #expect(pieces == (try Self.onePass(graph)), "graph \(index), \(jobs) jobs, \(recordsPerPiece) records per piece")
        }
    }

    @Test func fileIsTheInMemoryDocumentForAnyJobs() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = SampleGraph.large(count: 3_000), reference = try Self.onePass(graph)
        for jobs in [1, 2, 4] {
            let url = folder.appendingPathComponent("graph-\(jobs).graphml")
            try GraphMLWriter(jobs: jobs, recordsPerPiece: 64).write(graph, to: url)
            #expect(try Data(contentsOf: url) == reference, "\(jobs) jobs")
        }
    }

    @Test func emptyGraphClosesItsGraphElement() throws {
        let text = String(decoding: try GraphMLWriter(jobs: 2, recordsPerPiece: 1).data(for: KnowledgeGraph()), as: UTF8.self)
        #expect(text.contains("<graph id=\"G\" edgedefault=\"directed\"/>"))
        #expect(text.hasSuffix("</graphml>\n"))
    }

    @Test(arguments: [1, 2, 3])
    func failingOutputStopsTheWriter(jobs: Int) {
        let graph = SampleGraph.large(count: 3_000), writer = GraphMLWriter(jobs: jobs, recordsPerPiece: 8)
        var received = 0
        #expect(throws: ExportError.self) {
            try writer.emit(graph) { (_: [UInt8]) throws(ExportError) in
                received += 1
                if received == 5 { throw .xmlWriterFailed(path: "test", operation: "write", reason: "disk full") }
            }
        }
        #expect(received == 5, "no piece is handed out after the failing one")
    }
}

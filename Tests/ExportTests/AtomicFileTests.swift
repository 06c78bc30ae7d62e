@testable import Export
import Foundation
import Graph
import Testing

@Suite("Atomic file")
struct AtomicFileTests {
    private func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesANewFileAndLeavesNothingElse() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        try AtomicFile(url: url).write(Data("new".utf8))
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        #expect(try contents(of: folder) == ["graph.graphml"])
    }

    @Test func replacesAnOldFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.dot")
        try Data("old content that is longer".utf8).write(to: url)
        try AtomicFile(url: url).write(Data("new".utf8))
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        #expect(try contents(of: folder) == ["graph.dot"])
    }

    @Test func failedWriteKeepsTheOldFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        try Data("old".utf8).write(to: url)
        let failure = ExportError.writeFailed(path: url.path, reason: "test failure")
        #expect(throws: failure) {
            try AtomicFile(url: url).write { descriptor throws(ExportError) in
                _ = "partial".withCString { Foundation.write(descriptor, $0, 7) }
                throw failure
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        #expect(try contents(of: folder) == ["graph.graphml"])
    }

    @Test func libxml2WriteErrorKeepsTheOldFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        try Data("old".utf8).write(to: url)
        let error = #expect(throws: ExportError.self) {
            try AtomicFile(url: url).write { _ throws(ExportError) in
                // A descriptor open only for reading: libxml2 fails when it flushes.
                let readOnly = open("/dev/null", O_RDONLY)
                defer { close(readOnly) }
                let writer = try XMLTextWriter(descriptor: readOnly, destination: url.path)
                try writer.startDocument()
                try writer.startElement("graphml")
                _ = try writer.finish()
            }
        }
        guard case let .xmlWriterFailed(path, operation, _) = error else {
            Issue.record("expected a libxml2 error, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
        #expect(operation.contains("flush") || operation.contains("end"))
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        #expect(try contents(of: folder) == ["graph.graphml"])
    }

    @Test func missingFolderIsReportedWithItsPath() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("missing/graph.graphml")
        let error = #expect(throws: ExportError.self) { try GraphMLWriter().write(SampleGraph.make(), to: url) }
        guard case let .cannotCreateTemporaryFile(path, reason) = error else {
            Issue.record("expected cannotCreateTemporaryFile, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
        #expect(!reason.isEmpty)
        #expect(error?.description.contains(url.path) == true)
        #expect(try contents(of: folder).isEmpty)
    }

    @Test func targetThatCannotBeReplacedIsLeftAlone() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.dot")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: url.appendingPathComponent("inside"))
        let error = #expect(throws: ExportError.self) { try DOTWriter().write(SampleGraph.make(), to: url) }
        guard case let .cannotReplace(path, temporaryPath, _) = error else {
            Issue.record("expected cannotReplace, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
        #expect(temporaryPath.hasPrefix(folder.appendingPathComponent(".graph.dot.tmp-").path))
        #expect(try contents(of: folder) == ["graph.dot"])
        #expect(try String(contentsOf: url.appendingPathComponent("inside"), encoding: .utf8) == "keep")
    }

    @Test(.enabled(if: geteuid() != 0, "root may write into a read-only folder"))
    func readOnlyFolderKeepsTheOldFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        try Data("old".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        #expect(throws: ExportError.self) { try GraphMLWriter().write(SampleGraph.make(), to: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old")
        #expect(try contents(of: folder) == ["graph.graphml"])
    }

    /// A process id no process has (Linux allows at most 2^22).
    private static let deadProcess: pid_t = 2_147_483_646

    @Test func writeRemovesTemporaryFilesThatKilledRunsLeft() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        try Data("old".utf8).write(to: url)
        let stale = [".graph.graphml.tmp-\(Self.deadProcess)-1f2e3d4c5b6a7980", ".graph.graphml.tmp-\(Self.deadProcess)"]
        for name in stale { try Data("partial".utf8).write(to: folder.appendingPathComponent(name)) }
        try AtomicFile(url: url).write(Data("new".utf8))
        #expect(try String(contentsOf: url, encoding: .utf8) == "new")
        #expect(try contents(of: folder) == ["graph.graphml"])
    }

    @Test func temporaryFilesOfLiveProcessesOtherTargetsAndOtherNamesAreKept() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.dot")
        let kept = [
            ".graph.dot.tmp-\(getpid())-abc123",  // this process: may be writing it right now
            ".graph.dot.tmp-1-abc123",  // init is alive
            ".graph.dot.tmp-\(getppid())",  // the parent is alive
            ".graph.graphml.tmp-\(Self.deadProcess)-abc123",  // another target
            ".graph.dot.tmp-\(Self.deadProcess)-notHex",  // not a name AtomicFile gives
            ".graph.dot.tmp-\(Self.deadProcess)-",
            ".graph.dot.tmp--abc123",
            ".graph.dot.tmp-+\(Self.deadProcess)-abc123",
            "graph.dot.tmp-\(Self.deadProcess)-abc123",  // not hidden
            ".graph.dot.tmp-\(Self.deadProcess)-abc123.keep",
        ]
        for name in kept { try Data("other".utf8).write(to: folder.appendingPathComponent(name)) }
        try AtomicFile(url: url).write(Data("new".utf8))
        #expect(try contents(of: folder) == (kept + ["graph.dot"]).sorted())
    }

    @Test func failedWriteRemovesNothingElse() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.dot")
        let stale = ".graph.dot.tmp-\(Self.deadProcess)-abc123"
        try Data("partial".utf8).write(to: folder.appendingPathComponent(stale))
        #expect(throws: ExportError.self) {
            try AtomicFile(url: url).write { _ throws(ExportError) in throw .writeFailed(path: url.path, reason: "test failure") }
        }
        #expect(try contents(of: folder) == [stale])
    }
}

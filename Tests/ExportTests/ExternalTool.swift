import Foundation

/// Runs the programs people load exported files into, for interop tests.
///
/// A missing tool disables its tests with a message, except when the
/// environment variable `CI` is set: CI installs the tools, so there the test
/// runs and fails on the missing tool.
enum ExternalTool {
    /// What a finished program left behind.
    struct Outcome: Sendable {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Whether the tests run on CI, where every tool is required.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Whether tests that need these programs (and Python modules) should run.
    static func shouldRun(_ programs: [String], pythonModules: [String] = []) -> Bool {
        isCI || (programs.allSatisfy { path(of: $0) != nil } && pythonModules.allSatisfy(pythonCanImport))
    }

    /// The absolute path of a program on `PATH`, if any.
    static func path(of program: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `python3` can import the module.
    static func pythonCanImport(_ module: String) -> Bool {
        guard let python = path(of: "python3") else { return false }
        return (try? run(python, ["-c", "import \(module)"]).status) == 0
    }

    /// Runs a program to the end; its output and errors go through files, so
    /// a chatty program cannot fill a pipe and block.
    static func run(_ executable: String, _ arguments: [String]) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("stdout"), errorsURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL), errors = try FileHandle(forWritingTo: errorsURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return Outcome(status: process.terminationStatus,
                       output: try String(contentsOf: outputURL, encoding: .utf8),
                       errors: try String(contentsOf: errorsURL, encoding: .utf8))
    }
}

/// Where the tests find the package and the shared project folder.
enum TestPaths {
    /// The package root: two folders above this file (`Tests/ExportTests`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The GraphML 1.0 schema in `../shared/schemas`.
    static let graphMLSchema = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/graphml/graphml.xsd")

    /// A fresh empty folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

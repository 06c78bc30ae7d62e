import Foundation
import Testing

/// What a finished program left behind.
struct ProcessOutcome: Sendable, CustomStringConvertible {
    /// The exit status (or the signal number, when the program was killed).
    let status: Int32
    /// Standard output, decoded as UTF-8 (invalid bytes repaired).
    let output: String
    /// Standard error, decoded as UTF-8 (invalid bytes repaired).
    let errors: String

    var description: String {
        "exit \(status)\n--- stdout (first 2000 characters) ---\n\(output.prefix(2000))\n--- stderr ---\n\(errors.prefix(4000))"
    }
}

/// Failures of the harness itself (not of the program under test).
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs programs for the end-to-end tests.
enum Run {
    /// The longest a program may run before it is killed (the seeds take seconds).
    static let timeLimit: TimeInterval = 600

    /// Runs `executable` with `arguments` in `directory` to the end. Output goes through
    /// files, so a chatty program cannot fill a pipe and block.
    static func program(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> ProcessOutcome {
        let folder = try Scratch.folder("proc")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("stdout"), errorsURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL), errors = try FileHandle(forWritingTo: errorsURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                try? output.close()
                try? errors.close()
                throw HarnessError("\(executable) \(arguments.joined(separator: " ")) ran longer than \(Int(timeLimit)) s and was killed")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return ProcessOutcome(status: process.terminationStatus,
                              output: decode(try Data(contentsOf: outputURL)),
                              errors: decode(try Data(contentsOf: errorsURL)))
    }

    /// Runs the `kg` binary under test, by default in the package root.
    static func kg(_ arguments: [String], in directory: URL = Paths.packageRoot) throws -> ProcessOutcome {
        try program(try KGBinary.path(), arguments, in: directory)
    }

    /// Runs a tool found on `PATH`; the caller has checked it exists (see `Tools`).
    static func tool(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> ProcessOutcome {
        guard let path = Tools.path(of: name) else { throw HarnessError("\(name) is not on PATH") }
        return try program(path, arguments, in: directory)
    }

    private static func decode(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }
}

/// Finds the `kg` executable that the test target depends on.
enum KGBinary {
    /// The path of the binary: `KG_BINARY` when set, else `kg` next to the test bundle
    /// (or one folder up from it).
    static func path() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["KG_BINARY"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw HarnessError("KG_BINARY=\(explicit) is not an executable file")
            }
            return explicit
        }
        var folders: [URL] = []
        let bundle = Bundle.main.bundleURL
        folders.append(bundle)
        folders.append(bundle.deletingLastPathComponent())
        if let executable = Bundle.main.executableURL {
            folders.append(executable.deletingLastPathComponent())
        }
        if let first = CommandLine.arguments.first, first.contains("/") {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        var tried: [String] = []
        for folder in folders {
            for candidate in [folder.appendingPathComponent("kg"),
                              folder.deletingLastPathComponent().appendingPathComponent("kg")] {
                let path = candidate.standardizedFileURL.path
                tried.append(path)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: path) {
                    return path
                }
            }
        }
        throw HarnessError("cannot find the kg binary; set KG_BINARY. Tried: \(tried.joined(separator: ", "))")
    }
}

/// Where the tests find the package and the shared project folder.
enum Paths {
    /// The package root: three levels above this file (`Tests/EndToEndTests/KGProcess.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared` beside the package.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// The GraphML 1.0 schema.
    static let graphMLSchema = shared.appendingPathComponent("schemas/graphml/graphml.xsd")
    /// The ontology: entity types and relation vocabulary.
    static let ontology = shared.appendingPathComponent("spec/ontology.md")
    /// The seed articles.
    static let seeds = packageRoot.appendingPathComponent("seeds")
    /// The committed output folder.
    static let committedOut = packageRoot.appendingPathComponent("out")
}

/// Fresh temporary folders.
enum Scratch {
    /// A fresh empty folder; the caller removes it.
    static func folder(_ purpose: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kg-e2e-\(purpose)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// The external programs the tests load the exported files into.
///
/// A missing tool disables the tests that need it, with a message, except when the
/// environment variable `CI` is set: then those tests run and fail on the missing tool.
enum Tools {
    /// Whether the tests run on CI, where every tool is required.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Whether tests needing these programs (and Python modules) should run.
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
        return (try? Run.program(python, ["-c", "import \(module)"]).status) == 0
    }
}

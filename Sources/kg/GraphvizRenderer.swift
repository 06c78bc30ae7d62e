import Export
import Foundation

/// Renders DOT to a picture with Graphviz's `dot`, when it is installed.
struct GraphvizRenderer {
    /// The output format `dot -T` takes: svg or png.
    let format: String

    /// Renders to a temporary file beside `url` and renames it over `url` only on success.
    func render(_ dot: Data, to url: URL) throws {
        guard let program = GraphvizRenderer.locate("dot") else {
            throw KGError.output("cannot write \(url.lastPathComponent): Graphviz's dot is not installed (apt-get install graphviz)")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-T\(format)", "-o", temporary.path]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(dot)
        try input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw KGError.output("dot could not render \(url.lastPathComponent): \(String(decoding: message, as: UTF8.self))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw KGError.output("cannot write \(url.path): \(String(cString: strerror(errno)))")
        }
        AtomicFile(url: url).removeStaleTemporaryFiles()
    }

    /// The path of a program on PATH, if any.
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

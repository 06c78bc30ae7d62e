import Foundation

/// Runs `kg` and kills it with SIGKILL at a chosen moment of writing its
/// output, seen by watching the output folders for the hidden temporary
/// files `AtomicFile` writes (`.<name>.tmp-<pid>-<hex>`).
enum KilledRun {
    /// When to kill.
    enum Moment: CustomStringConvertible, Sendable {
        /// As soon as any temporary file appears.
        case firstTemporaryFile
        /// As soon as a temporary file holds at least this many bytes (mid-stream).
        case temporaryFileHolding(bytes: Int)
        /// As soon as temporary files of this many different targets have been
        /// seen (earlier targets are then replaced).
        case temporaryFileOfTarget(number: Int)

        var description: String {
            switch self {
            case .firstTemporaryFile: "when the first temporary file appears"
            case let .temporaryFileHolding(bytes): "when a temporary file holds \(bytes) bytes"
            case let .temporaryFileOfTarget(number): "when the temporary file of target \(number) appears"
            }
        }
    }

    /// What happened to the run.
    struct Outcome: Sendable {
        /// Whether the process died of the SIGKILL (else it finished first).
        let killed: Bool
        /// The exit status, or the signal number.
        let status: Int32
        /// The temporary files seen, by path.
        let temporaryFiles: Set<String>
    }

    /// The longest a run may take before the harness gives up.
    static let timeLimit: TimeInterval = 300

    /// Whether `name` is a temporary file name of `AtomicFile` (or kg's Graphviz renderer).
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }

    /// The file a temporary file replaces: `graph.gexf` for `.graph.gexf.tmp-1-ab`, in the same folder.
    static func target(ofTemporary path: String) -> String {
        let file = URL(fileURLWithPath: path)
        let name = file.lastPathComponent.dropFirst().components(separatedBy: ".tmp-")[0]
        return file.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The temporary files in `folders`, with their sizes.
    static func temporaryFiles(in folders: [URL]) -> [String: Int] {
        var found: [String: Int] = [:]
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where isTemporary(name) {
                let path = folder.appendingPathComponent(name).path
                var status = stat()
                found[path] = stat(path, &status) == 0 ? Int(status.st_size) : 0
            }
        }
        return found
    }

    /// Runs `kg arguments`, watching `folders`, and sends SIGKILL at `moment`.
    static func kg(_ arguments: [String], watching folders: [URL], killAt moment: Moment) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try KGBinary.path())
        process.arguments = arguments
        process.currentDirectoryURL = Paths.packageRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        var seen = Set<String>(), targets = Set<String>()
        while process.isRunning {
            let files = temporaryFiles(in: folders)
            seen.formUnion(files.keys)
            targets.formUnion(files.keys.map(target(ofTemporary:)))
            let due = switch moment {
            case .firstTemporaryFile: !files.isEmpty
            case let .temporaryFileHolding(bytes): files.values.contains { $0 >= bytes }
            case let .temporaryFileOfTarget(number): targets.count >= number && !files.isEmpty
            }
            if due {
                kill(process.processIdentifier, SIGKILL)
                break
            }
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw HarnessError("kg \(arguments.joined(separator: " ")) ran longer than \(Int(timeLimit)) s")
            }
            usleep(500)
        }
        process.waitUntilExit()
        return Outcome(killed: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL,
                       status: process.terminationStatus, temporaryFiles: seen)
    }
}

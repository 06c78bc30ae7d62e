import Foundation

/// Writing to the terminal's standard error.
enum Terminal {
    /// Whether standard error is a terminal (progress is shown only then).
    static let stderrIsTerminal = isatty(2) == 1

    /// Writes a line to standard error.
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A progress line on standard error for long runs, shown only on a terminal;
/// documents may finish on several threads.
final class Progress: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private let enabled: Bool
    private let lock = NSLock()

    /// Creates a progress line for `total` steps.
    init(total: Int) {
        self.total = total
        self.enabled = Terminal.stderrIsTerminal && total >= 20
    }

    /// Records one finished step.
    func advance() {
        lock.withLock {
            done += 1
            guard enabled, done % 10 == 0 || done == total else { return }
            FileHandle.standardError.write(Data("\rkg: \(done)/\(total) documents".utf8))
        }
    }

    /// Ends the progress line.
    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

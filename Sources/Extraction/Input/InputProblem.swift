/// A file or input path that could not be read, or was read with a warning.
public struct InputProblem: Hashable, Sendable {
    /// How bad a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The file or path gave no document.
        case error
        /// The file was read (or skipped for being empty) and the user should know.
        case warning
    }

    /// The path the problem is about.
    public var path: String
    /// Whether the problem is an error or a warning.
    public var severity: Severity
    /// What is wrong, without the path, e.g. "not a text file (binary content)".
    public var message: String

    /// Creates a problem.
    public init(path: String, severity: Severity, message: String) {
        self.path = path
        self.severity = severity
        self.message = message
    }
}

extension InputProblem: CustomStringConvertible {
    /// The path and the message, e.g. "news/a.txt: empty, skipped".
    public var description: String { "\(path): \(message)" }
}

/// Why an export failed; every case names the file concerned.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The temporary file next to the target could not be created.
    case cannotCreateTemporaryFile(path: String, reason: String)
    /// Writing or flushing the output failed (disk full, I/O error, ...).
    case writeFailed(path: String, reason: String)
    /// The finished temporary file could not be renamed over the target.
    case cannotReplace(path: String, temporaryPath: String, reason: String)
    /// libxml2's text writer reported an error during `operation`.
    case xmlWriterFailed(path: String, operation: String, reason: String)

    /// A one-line message naming the path and the cause.
    public var description: String {
        switch self {
        case let .cannotCreateTemporaryFile(path, reason):
            "cannot create a temporary file for \(path): \(reason)"
        case let .writeFailed(path, reason):
            "cannot write \(path): \(reason)"
        case let .cannotReplace(path, temporaryPath, reason):
            "cannot rename \(temporaryPath) to \(path): \(reason)"
        case let .xmlWriterFailed(path, operation, reason):
            "cannot write \(path): libxml2 failed to \(operation): \(reason)"
        }
    }
}

import Foundation

/// Why a file could not be read into a document.
public enum DocumentReadError: Error, Hashable, Sendable {
    /// The file could not be opened or read (permissions, a folder, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file holds binary data rather than text.
    case binaryContent(path: String)
    /// The file is larger than the reader accepts.
    case tooLarge(path: String, size: Int, limit: Int)
    /// The document's text has more Unicode scalars than the reader passes on to extraction.
    case tooLong(path: String, length: Int, limit: Int)

    /// The path of the file the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .binaryContent(let path), .tooLarge(let path, _, _), .tooLong(let path, _, _): path
        }
    }
}

extension DocumentReadError: CustomStringConvertible, LocalizedError {
    /// What is wrong, without the path, e.g. "not a text file (binary content)".
    public var reason: String {
        switch self {
        case .unreadable(_, let reason): "cannot read (\(reason))"
        case .binaryContent: "not a text file (binary content)"
        case .tooLarge(_, let size, let limit): "too large (\(size) bytes, limit \(limit))"
        case .tooLong(_, let length, let limit): "text too long to extract (\(length) characters, limit \(limit))"
        }
    }

    /// A one-line message naming the file, e.g. "photo.png: not a text file (binary content)".
    public var description: String { "\(path): \(reason)" }

    /// The same message as `description`.
    public var errorDescription: String? { description }
}

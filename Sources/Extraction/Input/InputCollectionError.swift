import Foundation

/// Why an input path, or an entry inside an input folder, could not be used.
public enum InputCollectionError: Error, Hashable, Sendable {
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The path exists but could not be examined or listed.
    case unreadable(path: String, reason: String)
    /// The path is neither a regular file nor a folder (a device, socket, pipe...).
    case notFileOrFolder(path: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .notFileOrFolder(let path): path
        }
    }
}

extension InputCollectionError: CustomStringConvertible, LocalizedError {
    /// What is wrong, without the path, e.g. "no such file or folder".
    public var reason: String {
        switch self {
        case .notFound: "no such file or folder"
        case .unreadable(_, let reason): "cannot read (\(reason))"
        case .notFileOrFolder: "not a regular file or folder"
        }
    }

    /// A one-line message naming the path, e.g. "news/a.txt: no such file or folder".
    public var description: String { "\(path): \(reason)" }

    /// The same message as `description`.
    public var errorDescription: String? { description }
}

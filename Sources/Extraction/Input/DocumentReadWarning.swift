/// Something worth telling the user about a file that did not stop it from being read.
public enum DocumentReadWarning: Hashable, Sendable {
    /// The file was not valid UTF-8; each invalid sequence was replaced with U+FFFD.
    case invalidUTF8(path: String, replacedSequences: Int)
    /// The file has no text (or only whitespace) and gives no document.
    case empty(path: String)

    /// The path of the file the warning is about.
    public var path: String {
        switch self {
        case .invalidUTF8(let path, _), .empty(let path): path
        }
    }
}

extension DocumentReadWarning: CustomStringConvertible {
    /// What happened, without the path, e.g. "empty, skipped".
    public var reason: String {
        switch self {
        case .invalidUTF8(_, let count):
            "invalid UTF-8, \(count) \(count == 1 ? "sequence" : "sequences") replaced with U+FFFD"
        case .empty:
            "empty, skipped"
        }
    }

    /// A one-line message naming the file, e.g. "notes.txt: empty, skipped".
    public var description: String { "\(path): \(reason)" }
}

/// One document file to read: where it is and the name its document gets.
public struct InputFile: Hashable, Sendable {
    /// The file's path, as given or joined onto the folder it was found in.
    public var path: String
    /// The document name: the path relative to the folder given, or the file name
    /// for a file given directly, with "/" separators.
    public var name: String

    /// Creates an input file.
    public init(path: String, name: String) {
        self.path = path
        self.name = name
    }

    /// How the file is read, from its extension; unknown extensions are read as plain text.
    public var format: Document.Format {
        Document.Format(fileName: path) ?? .plain
    }
}

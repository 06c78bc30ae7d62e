/// The document files found under some input paths, and the inputs that could not be used.
public struct InputCollection: Hashable, Sendable {
    /// The files to read, in a deterministic order: inputs as given, folders walked in sorted order.
    public var files: [InputFile]
    /// The inputs (or entries inside input folders) that could not be used.
    public var errors: [InputCollectionError]

    /// Creates a collection.
    public init(files: [InputFile] = [], errors: [InputCollectionError] = []) {
        self.files = files
        self.errors = errors
    }
}

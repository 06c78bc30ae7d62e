/// What reading one file gave: its document, if it has any text, and the warnings about it.
public struct DocumentReadResult: Hashable, Sendable {
    /// The document, or `nil` when the file was skipped (see `warnings`).
    public var document: Document?
    /// Warnings about the file, in the order they arose.
    public var warnings: [DocumentReadWarning]

    /// Creates a result.
    public init(document: Document?, warnings: [DocumentReadWarning] = []) {
        self.document = document
        self.warnings = warnings
    }
}

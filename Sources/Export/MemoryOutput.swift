/// An `ExportOutput` that collects the UTF-8 bytes in memory; it cannot fail.
struct MemoryOutput: ExportOutput {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty output.
    init() {}

    /// Appends the UTF-8 bytes of `text`.
    ///
    /// - Complexity: amortized O(*n*) in the UTF-8 length of `text`.
    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

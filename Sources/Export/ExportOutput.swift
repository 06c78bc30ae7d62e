/// Where an exporter's text goes: memory (`MemoryOutput`) or a file
/// (`BufferedFileOutput`).
///
/// Every text format is emitted by one function generic over its output, so
/// the bytes `data(for:)` returns and the bytes `write(_:to:)` streams to the
/// file are produced by the same code.
protocol ExportOutput {
    /// What writing can fail with: `Never` in memory, `ExportError` for a file.
    associatedtype Failure: Error

    /// Appends `text`, UTF-8 encoded.
    ///
    /// - Complexity: amortized O(*n*) in the UTF-8 length of `text`.
    mutating func write(_ text: String) throws(Failure)
}

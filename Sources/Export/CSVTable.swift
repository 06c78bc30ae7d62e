/// The layout of a CSV file: a header row, then data rows of text fields,
/// rendered with RFC 4180 quoting (`String.csvField`) and a line feed after
/// every record. Rows are written as they come, never collected.
struct CSVTable: Hashable, Sendable {
    /// The column names.
    let header: [String]

    /// Writes the header, then every row of `rows` (each as long as the header), to `output`.
    ///
    /// - Complexity: O(*s*) in the size of the text, in O(1) extra memory beyond one row.
    func write<Output: ExportOutput>(_ rows: some Sequence<[String]>, to output: inout Output) throws(Output.Failure) {
        try Self.write(record: header, to: &output)
        for row in rows {
            try Self.write(record: row, to: &output)
        }
    }

    /// Writes one record: its fields quoted as needed, joined by commas, and a line feed.
    private static func write<Output: ExportOutput>(record: [String], to output: inout Output) throws(Output.Failure) {
        try output.write(record.map(\.csvField).joined(separator: ",") + "\n")
    }
}

/// A CSV file: a header row and data rows of text fields, rendered with
/// RFC 4180 quoting (`String.csvField`) and a line feed after every record.
struct CSVTable: Hashable, Sendable {
    /// The column names.
    let header: [String]
    /// The records, each as long as the header.
    var rows: [[String]] = []

    /// The table as UTF-8 text.
    ///
    /// - Complexity: O(*s*) in the size of the text.
    var text: String {
        ([header] + rows).map { $0.map(\.csvField).joined(separator: ",") + "\n" }.joined()
    }
}

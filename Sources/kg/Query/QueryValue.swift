import Foundation

/// A value in a query result: text, a whole number, a decimal or a list of texts.
enum QueryValue {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case list([String])

    /// The value as JSON.
    var json: String {
        switch self {
        case .text(let text): return MentionLine.quoted(text)
        case .integer(let value): return String(value)
        case .decimal(let value): return value.isFinite ? String(value) : "null"
        case .list(let items): return "[" + items.map(MentionLine.quoted).joined(separator: ", ") + "]"
        }
    }

    /// The value for a table cell.
    var display: String {
        switch self {
        case .text(let text): return MentionLine.tableCell(text)
        case .integer(let value): return String(value)
        case .decimal(let value): return String(format: "%.6g", value)
        case .list(let items): return MentionLine.tableCell(items.joined(separator: " | "))
        }
    }
}

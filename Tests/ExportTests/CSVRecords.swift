/// A strict RFC 4180 reader for the tests: records end at a line feed (or CR
/// LF) outside quotes, fields are split at commas, a quoted field may hold
/// anything with `""` for a quote. Works on the UTF-8 bytes (every delimiter
/// is ASCII), so `"` followed by a combining mark is still a quote.
enum CSVRecords {
    /// Why a text is not valid CSV.
    struct Malformed: Error, CustomStringConvertible {
        /// What is wrong, and in which record.
        let description: String
    }

    /// The records of `text`, each a list of fields.
    static func parse(_ text: String) throws(Malformed) -> [[String]] {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var records: [[String]] = [], record: [String] = [], field: [UInt8] = []
        var index = 0
        while index < bytes.count {
            // One field, quoted or not, then the delimiter after it.
            field.removeAll(keepingCapacity: true)
            if bytes[index] == quote {
                index += 1
                while true {
                    guard index < bytes.count else {
                        throw Malformed(description: "record \(records.count): a quoted field is not closed")
                    }
                    if bytes[index] == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(bytes[index])
                    index += 1
                }
            } else {
                while index < bytes.count, bytes[index] != comma, bytes[index] != lineFeed, bytes[index] != carriageReturn {
                    guard bytes[index] != quote else {
                        throw Malformed(description: "record \(records.count): a quote inside an unquoted field")
                    }
                    field.append(bytes[index])
                    index += 1
                }
            }
            record.append(String(decoding: field, as: UTF8.self))
            guard index < bytes.count else {
                throw Malformed(description: "the last record does not end with a line feed")
            }
            switch bytes[index] {
            case comma:
                index += 1
                guard index < bytes.count else { throw Malformed(description: "the last record ends with a comma") }
            case lineFeed:
                index += 1
                records.append(record)
                record = []
            case carriageReturn where index + 1 < bytes.count && bytes[index + 1] == lineFeed:
                index += 2
                records.append(record)
                record = []
            default:
                throw Malformed(description: "record \(records.count): text after a closing quote, or a lone carriage return")
            }
        }
        return records
    }
}

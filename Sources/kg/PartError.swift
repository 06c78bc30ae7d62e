/// Why part files cannot be merged; every case names the files concerned.
enum PartError: Error, CustomStringConvertible {
    /// A part file could not be read.
    case unreadable(path: String, reason: String)
    /// A file does not start with a part header.
    case notAPart(path: String)
    /// A part of a format version this kg does not read.
    case unsupportedVersion(path: String, version: Int)
    /// A line of a part is damaged or inconsistent.
    case corrupt(path: String, line: Int, reason: String)
    /// Two parts were built from different inputs, options or versions of kg.
    case mismatch(path: String, other: String, field: String)
    /// Two parts hold the same shard or the same document.
    case overlap(path: String, other: String, what: String)
    /// Some shards of the corpus are not among the parts.
    case missing(shards: [Int], of: Int)

    var description: String {
        switch self {
        case let .unreadable(path, reason):
            "cannot read \(path): \(reason)"
        case let .notAPart(path):
            "\(path) is not a kg part file (it does not start with a \(PartHeader.formatName) header)"
        case let .unsupportedVersion(path, version):
            "\(path) is a version \(version) part; this kg reads version \(PartHeader.currentVersion): rebuild the parts with one kg"
        case let .corrupt(path, line, reason):
            "\(path) is damaged at line \(line): \(reason)"
        case let .mismatch(path, other, field):
            "\(path) and \(other) were not built from the same corpus and options (\(field) differs): build every part with the same inputs and options"
        case let .overlap(path, other, what):
            "\(path) and \(other) overlap: both hold \(what)"
        case let .missing(shards, count):
            "part\(shards.count == 1 ? "" : "s") \(shards.map(String.init).joined(separator: ", ")) of \(count) missing: a merge needs every part"
        }
    }
}

/// The first line of a part file: what the part is, and what it was built from.
///
/// Parts merge only when everything but `shard`, `documents` and `unreadable` is equal:
/// the same kg, the same inputs (count and fingerprint of the names) and the same options.
struct PartHeader: Codable, Equatable {
    /// The value of `format` in every part file.
    static let formatName = "kg-partial"
    /// The version of the part format this kg writes and reads.
    static let currentVersion = 1

    /// Always `kg-partial`.
    var format: String
    /// The part format's version.
    var version: Int
    /// The program that wrote the part, `kg` and its version.
    var generator: String
    /// The shard's number, 1 through `shards`.
    var shard: Int
    /// How many shards the corpus was cut into.
    var shards: Int
    /// How many input files were collected, over all shards.
    var files: Int
    /// The fingerprint of the collected document names (`InputCollection.fingerprint`).
    var inputs: String
    /// The `--date` given, `YYYY-MM-DD`, if any.
    var date: String?
    /// The `--max-file-size` in bytes.
    var maxFileSize: Int
    /// How many document lines follow the header.
    var documents: Int
    /// How many inputs of this shard could not be read (unusable input paths count in every shard).
    var unreadable: Int

    /// The header's fields that must agree among the parts of one corpus, by name.
    var corpusFields: [(name: String, value: String)] {
        [("generator", generator), ("shards", "\(shards)"), ("files", "\(files)"), ("inputs", inputs),
         ("date", date ?? "none"), ("maxFileSize", "\(maxFileSize)")]
    }

    /// Only the fields that say which format and version a file claims, so that a part of
    /// another version is recognised before its other fields are read.
    struct Identity: Codable {
        /// `kg-partial`, if the file is a part.
        var format: String?
        /// The part format's version.
        var version: Int?
    }
}

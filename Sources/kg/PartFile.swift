import Export
import Foundation

/// The file one shard of a build writes: its documents' extractions, before resolution
/// across documents, for `kg merge` to finish as one build would.
///
/// The format is JSON Lines: a `PartHeader` on the first line, then one `PartEntry` per
/// document in collection order. Keys are sorted and doubles written in shortest
/// round-trip form, so the same shard always gives the same bytes and reads back equal.
struct PartFile {
    /// How part file names end.
    static let fileExtension = "kgx.jsonl"

    /// What the part is and was built from.
    var header: PartHeader
    /// The documents, in collection order.
    var entries: [PartEntry]

    /// The file's bytes.
    func data() throws(KGError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        do {
            data.append(try encoder.encode(header))
            data.append(0x0A)
            for entry in entries {
                data.append(try encoder.encode(entry))
                data.append(0x0A)
            }
        } catch {
            throw .output("cannot encode the part: \(error)")
        }
        return data
    }

    /// Writes the part to `url`, replacing any file there atomically.
    func write(to url: URL) throws(KGError) {
        let data = try data()
        do {
            try AtomicFile(url: url).write(data)
        } catch {
            throw .output(error.description)
        }
    }
}

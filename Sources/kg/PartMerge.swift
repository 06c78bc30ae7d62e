import Extraction

/// The parts of one sharded build, checked to fit together: built by the same kg from the
/// same inputs and options, each shard once, none missing, no document twice.
struct PartMerge {
    /// Every document's extraction, in the order one build over all inputs has them.
    let extractions: [DocumentExtraction]
    /// Whether some input could not be read when the parts were built.
    let hadErrors: Bool

    /// Reads and checks the part files at `paths`; nothing is kept unless all fit.
    init(paths: [String]) throws(PartError) {
        var parts: [(path: String, file: PartFile)] = []
        var shardPaths: [Int: String] = [:]
        for path in paths {
            let file = try PartFile.read(path: path)
            if let first = parts.first {
                for (mine, theirs) in zip(file.header.corpusFields, first.file.header.corpusFields) where mine.value != theirs.value {
                    throw .mismatch(path: path, other: first.path, field: "\(mine.name): \(mine.value) and \(theirs.value)")
                }
            }
            if let other = shardPaths[file.header.shard] {
                throw .overlap(path: path, other: other, what: "part \(file.header.shard) of \(file.header.shards)")
            }
            shardPaths[file.header.shard] = path
            parts.append((path, file))
        }
        guard let count = parts.first?.file.header.shards else {
            throw .missing(shards: [], of: 0)
        }
        let missing = (1...count).filter { shardPaths[$0] == nil }
        guard missing.isEmpty else { throw .missing(shards: missing, of: count) }
        var entries = parts.flatMap { part in part.file.entries.map { (path: part.path, entry: $0) } }
        entries.sort { $0.entry.index < $1.entry.index }
        for (previous, next) in zip(entries, entries.dropFirst()) where previous.entry.index == next.entry.index {
            throw .overlap(path: next.path, other: previous.path, what: "\(next.entry.extraction.document) (file \(next.entry.index))")
        }
        extractions = entries.map(\.entry.extraction)
        hadErrors = parts.contains { $0.file.header.unreadable > 0 }
    }
}

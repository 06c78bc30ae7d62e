import Extraction

/// The parts of one sharded build, checked to fit together: built by the same kg from the
/// same inputs and options, each shard once, none missing. Each part's extractions are
/// added to one graph builder as the part is read and then let go, so a merge holds one
/// part file and the graph, not every extraction.
struct PartMerge {
    /// The documents of all the parts, in a builder.
    let builder: GraphBuilder
    /// Whether some input could not be read when the parts were built.
    let hadErrors: Bool

    /// Reads and checks the part files at `paths`; throws if any does not fit. A document
    /// cannot be in two parts: each part holds only its shard's files (`PartFile.read`
    /// checks it) and each shard comes once.
    init(paths: [String]) throws(PartError) {
        var first: (path: String, header: PartHeader)?
        var shardPaths: [Int: String] = [:]
        var builder = GraphBuilder()
        var hadErrors = false
        for path in paths {
            let file = try PartFile.read(path: path)
            if let first {
                for (mine, theirs) in zip(file.header.corpusFields, first.header.corpusFields) where mine.value != theirs.value {
                    throw .mismatch(path: path, other: first.path, field: "\(mine.name): \(mine.value) and \(theirs.value)")
                }
            } else {
                first = (path, file.header)
            }
            if let other = shardPaths[file.header.shard] {
                throw .overlap(path: path, other: other, what: "part \(file.header.shard) of \(file.header.shards)")
            }
            shardPaths[file.header.shard] = path
            hadErrors = hadErrors || file.header.unreadable > 0
            for entry in file.entries { builder.add(entry.extraction) }
        }
        guard let count = first?.header.shards else {
            throw .missing(shards: [], of: 0)
        }
        let missing = (1...count).filter { shardPaths[$0] == nil }
        guard missing.isEmpty else { throw .missing(shards: missing, of: count) }
        self.builder = builder
        self.hadErrors = hadErrors
    }
}

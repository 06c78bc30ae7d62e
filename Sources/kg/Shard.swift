import ArgumentParser

/// One of `count` equal slices of a corpus, written `I/N` on the command line (`--shard 2/8`).
///
/// The input files are numbered in the order one `kg build` collects them (inputs as given,
/// folders walked in sorted order); shard *I* takes the files whose number modulo *N* is
/// *I* − 1. Every shard run over the same inputs agrees on that numbering, so the shards
/// are disjoint, together take every file, and hold within one file of the same number.
struct Shard: Hashable, ExpressibleByArgument, CustomStringConvertible {
    /// The shard's number, 1 through `count`.
    let index: Int
    /// How many shards the corpus is cut into.
    let count: Int

    /// Creates shard `index` of `count`, or nil unless 1 ≤ `index` ≤ `count`.
    init?(index: Int, of count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`.
    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, of: count)
    }

    /// `I/N`.
    var description: String { "\(index)/\(count)" }

    /// Whether the input file at `position` (counted from 0 over all shards) belongs to this shard.
    func contains(_ position: Int) -> Bool {
        position % count == index - 1
    }

    /// The name of the part file this shard writes: `part-I-of-N.kgx.jsonl`.
    var partFileName: String { "part-\(index)-of-\(count).\(PartFile.fileExtension)" }
}

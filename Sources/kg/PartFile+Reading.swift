import Foundation

extension PartFile {
    /// Reads and checks the part file at `path`: its header, every line, that each document
    /// belongs to the part's shard, in increasing order, and that none is missing.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    static func read(path: String) throws(PartError) -> PartFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let first = lines.first, let identity = try? JSONDecoder().decode(PartHeader.Identity.self, from: first),
              identity.format == PartHeader.formatName else { throw .notAPart(path: path) }
        guard identity.version == PartHeader.currentVersion else {
            throw .unsupportedVersion(path: path, version: identity.version ?? 0)
        }
        let decoder = JSONDecoder()
        let header: PartHeader
        do {
            header = try decoder.decode(PartHeader.self, from: first)
        } catch {
            throw .corrupt(path: path, line: 1, reason: reason(error))
        }
        guard header.shards >= 1, (1...header.shards).contains(header.shard), header.files >= 0, header.documents >= 0 else {
            throw .corrupt(path: path, line: 1, reason: "shard \(header.shard) of \(header.shards) for \(header.files) files")
        }
        guard lines.last?.isEmpty == true else {
            throw .corrupt(path: path, line: lines.count, reason: "the last line is incomplete")
        }
        lines.removeLast()
        let shard = Shard(index: header.shard, of: header.shards)!
        var entries: [PartEntry] = []
        entries.reserveCapacity(lines.count - 1)
        for (number, line) in lines.enumerated().dropFirst() {
            let entry: PartEntry
            do {
                entry = try decoder.decode(PartEntry.self, from: line)
            } catch {
                throw .corrupt(path: path, line: number + 1, reason: reason(error))
            }
            guard (0..<header.files).contains(entry.index), shard.contains(entry.index) else {
                throw .corrupt(path: path, line: number + 1,
                               reason: "file \(entry.index) is not in shard \(shard) of \(header.files) files")
            }
            guard entries.last.map({ $0.index < entry.index }) ?? true else {
                throw .corrupt(path: path, line: number + 1, reason: "file \(entry.index) is out of order")
            }
            entries.append(entry)
        }
        guard entries.count == header.documents else {
            throw .corrupt(path: path, line: lines.count,
                           reason: "the header announces \(header.documents) documents, the file holds \(entries.count)")
        }
        return PartFile(header: header, entries: entries)
    }

    /// A one-line reason for a decoding failure.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func at(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "" : " at \(path)"
        }
        switch error {
        case let .keyNotFound(key, context): return "missing \"\(key.stringValue)\"\(at(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context): return "\(context.debugDescription)\(at(context))"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(context.debugDescription)\(at(context))"
        @unknown default: return "\(error)"
        }
    }
}

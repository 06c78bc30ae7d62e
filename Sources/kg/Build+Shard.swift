import ArgumentParser
import Foundation

extension Build {
    /// `kg build --shard I/N`: extracts the shard's documents and writes them as the part
    /// file `DIR/part-I-of-N.kgx.jsonl`, and no graph files; `kg merge` finishes the graph.
    func writePart(of shard: Shard) throws {
        let run = try ShardRun(inputs: inputs, shard: shard, maximumFileSize: maxFileSize, defaultDate: date, jobs: jobs)
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw KGError.output("cannot create \(out): \(error.localizedDescription)")
        }
        let url = folder.appendingPathComponent(shard.partFileName)
        try run.part.write(to: url)
        Terminal.warn("kg: shard \(shard): \(run.part.entries.count) documents (\(run.part.header.files) files in all) -> \(url.path)")
        if run.hadErrors { throw ExitCode(KGExit.partial) }
    }
}

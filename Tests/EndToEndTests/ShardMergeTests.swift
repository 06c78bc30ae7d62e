import Foundation
import Testing

/// `kg build --shard I/N` and `kg merge`: merging the parts gives byte-identical files
/// to one build over all the inputs, and damaged or ill-matched parts are refused.
@Suite("kg build --shard and kg merge")
struct ShardMergeTests {
    /// Every format whose output does not need Graphviz.
    static let formats = "graphml,dot,gexf,json,neo4j"

    @Test("seeds: 3 shards and 2 shards merge into the files of one build")
    func seedsMergeExactly() throws {
        try expectShardsMergeExactly(inputs: ["seeds"], in: Paths.packageRoot, counts: [3, 2], status: 0)
    }

    @Test("names shared across documents, subfolders, a file given directly, --date, an unreadable file, empty shards")
    func sharedNamesMergeExactly() throws {
        let corpus = try SmallCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        try expectShardsMergeExactly(inputs: ["corpus", "extra/solo.txt"], options: ["--date", "2024-11-27"],
                                     in: corpus, counts: [3, 8], status: KGExitStatus.partial)
    }

    @Test("damaged, overlapping, missing, foreign and ill-matched parts are refused and nothing is written")
    func badPartsAreRefused() throws {
        let folder = try SmallCorpus.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = folder.appendingPathComponent("parts")
        for index in 1...2 {
            let outcome = try Run.kg(["build", "corpus", "--shard", "\(index)/2", "--out", parts.path, "--jobs", "1"], in: folder)
            try #require([0, KGExitStatus.partial].contains(outcome.status), "\(outcome)")
        }
        let first = parts.appendingPathComponent("part-1-of-2.kgx.jsonl").path
        let second = parts.appendingPathComponent("part-2-of-2.kgx.jsonl").path
        let text = try String(contentsOfFile: second, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        func variant(_ name: String, _ content: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try content.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let damaged = try variant("damaged.kgx.jsonl", text.replacingOccurrences(of: "\"entities\":[", with: "\"entities\":{"))
        lines.remove(at: lines.count - 2)
        let truncated = try variant("truncated.kgx.jsonl", lines.joined(separator: "\n"))
        let newer = try variant("newer.kgx.jsonl", text.replacingOccurrences(of: "\"version\":1", with: "\"version\":2"))
        let foreign = try variant("inputs.kgx.jsonl", text.replacingOccurrences(of: "\"inputs\":\"", with: "\"inputs\":\"0"))
        let article = folder.appendingPathComponent("corpus/a.txt").path
        let copy = try variant("copy.kgx.jsonl", try String(contentsOfFile: first, encoding: .utf8))

        let cases: [(parts: [String], message: String)] = [
            ([first, damaged], "is damaged at line 2"),
            ([first, truncated], "is damaged at line"),
            ([first, newer], "is a version 2 part"),
            ([first, article], "is not a kg part file"),
            ([first, foreign], "not built from the same corpus"),
            ([first, copy, second], "overlap"),
            ([second], "part 1 of 2 missing"),
            ([first, folder.appendingPathComponent("absent.kgx.jsonl").path], "cannot read"),
        ]
        for (index, bad) in cases.enumerated() {
            let out = folder.appendingPathComponent("out-\(index)")
            let outcome = try Run.kg(["merge"] + bad.parts + ["--out", out.path], in: folder)
            #expect(outcome.status == 1 && outcome.errors.contains(bad.message), "\(bad.message): \(outcome)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(bad.message): merge created \(out.path)")
        }

        let kept = folder.appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try "earlier".write(to: kept.appendingPathComponent("graph.graphml"), atomically: true, encoding: .utf8)
        let refused = try Run.kg(["merge", first, damaged, "--out", kept.path], in: folder)
        #expect(refused.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: kept.path) == ["graph.graphml"])
        #expect(try String(contentsOf: kept.appendingPathComponent("graph.graphml"), encoding: .utf8) == "earlier")

        for usage in [["--shard", "3/2"], ["--shard", "0/2"], ["--shard", "1"], ["--shard", "1/2", "--format", "json"]] {
            let outcome = try Run.kg(["build", "corpus", "--out", folder.appendingPathComponent("usage").path] + usage, in: folder)
            #expect(outcome.status == 64, "\(usage): \(outcome)")
        }
    }

    /// Builds `inputs` once whole and once per shard count, merges the parts (given in
    /// reverse order, odd shards reading the inputs by absolute path), and expects the
    /// same exit status and byte-identical files.
    private func expectShardsMergeExactly(inputs: [String], options: [String] = [], in directory: URL,
                                          counts: [Int], status: Int32) throws {
        let scratch = try Scratch.folder("shards")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let whole = scratch.appendingPathComponent("whole")
        let single = try Run.kg(["build"] + inputs + options + ["--out", whole.path, "--format", Self.formats, "--jobs", "1"],
                                in: directory)
        try #require(single.status == status, "\(single)")
        for count in counts {
            var parts: [String] = [], statuses: [Int32] = []
            for index in 1...count {
                let folder = scratch.appendingPathComponent("parts-\(count)/\(index)")
                let paths = index % 2 == 1 ? inputs.map { directory.appendingPathComponent($0).path } : inputs
                let shard = try Run.kg(["build"] + paths + options + ["--shard", "\(index)/\(count)", "--out", folder.path, "--jobs", "1"],
                                       in: directory)
                statuses.append(shard.status)
                try #require([0, status].contains(shard.status), "shard \(index)/\(count): \(shard)")
                parts.append(folder.appendingPathComponent("part-\(index)-of-\(count).kgx.jsonl").path)
            }
            #expect(statuses.max() == status, "shard statuses \(statuses)")
            let merged = scratch.appendingPathComponent("merged-\(count)")
            let merge = try Run.kg(["merge"] + parts.reversed() + ["--out", merged.path, "--format", Self.formats], in: directory)
            try #require(merge.status == status, "merge of \(count) parts: \(merge)")
            try expectSameFiles(whole, merged, "\(count) shards")
        }
    }

    /// Expects two folders to hold the same files (recursively) with the same bytes.
    private func expectSameFiles(_ expected: URL, _ actual: URL, _ label: String) throws {
        let names = try FolderListing.files(under: expected), actualNames = try FolderListing.files(under: actual)
        #expect(names == actualNames, "\(label): files differ")
        #expect(names.contains("graph.graphml") && names.contains("neo4j/nodes.csv"), "\(label): \(names)")
        for name in names where actualNames.contains(name) {
            let a = try #require(Bytes.of(expected.appendingPathComponent(name)))
            let b = try #require(Bytes.of(actual.appendingPathComponent(name)))
            #expect(a == b, "\(label): \(name) differs from one build: \(Bytes.firstDifference(a, b))")
        }
    }
}

/// Exit statuses the tests expect of `kg`.
private enum KGExitStatus {
    /// The output was written but some inputs could not be read.
    static let partial: Int32 = 3
}

/// The relative paths of the files under a folder, sorted.
private enum FolderListing {
    static func files(under folder: URL) throws -> [String] {
        let root = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { throw HarnessError("cannot list \(root)") }
        return walker.compactMap { $0 as? String }.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }
}

/// A small made-up corpus whose documents share names (a surname alone in one document,
/// the full name in another), in subfolders and formats with and without a publication
/// date, plus an unreadable file, an empty one and a file given directly.
private enum SmallCorpus {
    /// A fresh folder holding `corpus/` and `extra/solo.txt`; the caller removes it.
    static func make() throws -> URL {
        let folder = try Scratch.folder("shard-corpus")
        let files: [String: String] = [
            "corpus/a.txt": """
            Quantix Robotics founder and CEO Maria Delgado announced a partnership with Lumenfield Labs on Tuesday.
            Delgado said the deal would help Quantix Robotics ship its assistant, Chatterly, to hospitals in Denver.
            Lumenfield Labs chief executive Tomas Reyes told The Daily Ledger that the companies had talked for a year.
            """,
            "corpus/b.md": """
            ---
            title: Board news
            date: 2024-03-14
            ---

            Delgado returned to Denver on Thursday to meet investors.
            Reyes, a former engineer at Quantix Robotics, joined the board of Orbital Harvest.
            The Daily Ledger reported that Orbital Harvest acquired Fernwood Analytics for $40 million.
            """,
            "corpus/e.txt": "  \n",
            "corpus/more/c.html": """
            <html><head><meta property="article:published_time" content="2024-05-02T10:00:00Z"><title>Summit</title></head>
            <body><p>Maria Delgado and Tomas Reyes spoke at the Denver Robotics Summit on Monday.</p>
            <p>Chatterly, the messaging platform built by Quantix Robotics, launched a new version, Delgado said.</p></body></html>
            """,
            "corpus/more/d.txt": """
            Fernwood Analytics said on Friday that Reyes had left the company.
            According to Orbital Harvest, the leak of customer records began in Denver on November 26.
            """,
            "extra/solo.txt": "Lumenfield Labs partnered with Orbital Harvest, Reyes told reporters in Boston on Wednesday.\n",
        ]
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F, 0x00, 0x00]).write(to: folder.appendingPathComponent("corpus/bin.txt"))
        return folder
    }
}

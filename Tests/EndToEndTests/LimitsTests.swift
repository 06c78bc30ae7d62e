import Foundation
import Testing

/// `kg build --max-documents` and `--max-file-size`: limits that skip input
/// say so on stderr and make the exit status 3.
@Suite("kg build limits")
struct LimitsTests {
    /// Five one-paragraph articles, `article-000.txt` ... `article-004.txt`.
    private func articles(in folder: URL) throws -> URL {
        let input = folder.appendingPathComponent("articles", isDirectory: true)
        try NameCorpus.write(0..<5, paragraphs: 1, to: input)
        return input
    }

    /// The `documents` values of the GraphML file, split at ` | `.
    private func documents(in graphML: URL) throws -> Set<String> {
        let text = try String(contentsOf: graphML, encoding: .utf8)
        let values = text.components(separatedBy: "<data key=\"documents\">").dropFirst()
            .map { $0.prefix { $0 != "<" } }
        return Set(values.flatMap { $0.components(separatedBy: " | ") })
    }

    @Test("--max-documents 2 reads the first two documents in input order, counts the skipped files and exits 3")
    func maxDocumentsStopsReading() throws {
        let folder = try Scratch.folder("max-documents")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try articles(in: folder)
        // An empty file first: it gives no document, so it does not count.
        try Data().write(to: input.appendingPathComponent("_empty.md"))
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", input.path, "--out", out.path, "--max-documents", "2"])
        #expect(outcome.status == 3, "skipped input makes the build partial (exit 3):\n\(outcome)")
        #expect(outcome.errors.contains("stopped after 2 documents (--max-documents); 3 more files skipped"),
                "stderr does not count the skipped files:\n\(outcome.errors)")
        #expect(outcome.errors.contains("kg: 2 documents,"), "the summary does not say 2 documents:\n\(outcome.errors)")
        #expect(outcome.errors.contains("_empty.md"), "the empty file is not named:\n\(outcome.errors)")
        #expect(try documents(in: out.appendingPathComponent("graph.graphml")) == ["article-000.txt", "article-001.txt"])
    }

    @Test("--max-documents no smaller than the corpus reads everything and exits 0")
    func maxDocumentsAboveTheCorpus() throws {
        let folder = try Scratch.folder("max-documents-all")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try articles(in: folder)
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", input.path, "--out", out.path, "--max-documents", "5"])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(!outcome.errors.contains("--max-documents"), "a limit that skipped nothing was reported:\n\(outcome.errors)")
        #expect(try documents(in: out.appendingPathComponent("graph.graphml")).count == 5)
    }

    @Test("--max-documents below 1, or with --shard, is a usage error and writes nothing",
          arguments: [["--max-documents", "0"], ["--max-documents", "-3"], ["--max-documents", "many"],
                      ["--max-documents", "2", "--shard", "1/2"]])
    func invalidMaxDocuments(options: [String]) throws {
        let folder = try Scratch.folder("max-documents-usage")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try articles(in: folder)
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", input.path, "--out", out.path] + options)
        #expect(outcome.status == 64, "\(options): \(outcome)")
        #expect(outcome.errors.contains("--max-documents"), "\(options): the message does not name the option:\n\(outcome.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "\(options): a refused build created \(out.path)")
    }

    @Test("--max-file-size names the larger file, skips it and exits 3")
    func maxFileSizeSkipsLargerFiles() throws {
        let folder = try Scratch.folder("max-file-size")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try articles(in: folder)
        let large = input.appendingPathComponent("large.txt")
        try Data(String(repeating: NameCorpus.article(9, paragraphs: 1), count: 20).utf8).write(to: large)
        let sizes = try FileManager.default.contentsOfDirectory(atPath: input.path)
            .map { (try FileManager.default.attributesOfItem(atPath: input.appendingPathComponent($0).path)[.size] as? Int) ?? 0 }
        let limit = sizes.sorted().dropLast().last! + 1
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", input.path, "--out", out.path, "--max-file-size", String(limit)])
        #expect(outcome.status == 3, "\(outcome)")
        #expect(outcome.errors.contains("large.txt"), "stderr does not name the large file:\n\(outcome.errors)")
        #expect(try documents(in: out.appendingPathComponent("graph.graphml")).count == 5)
    }
}

import Foundation
import Testing

@testable import Extraction

@Suite("DocumentReader.readAll")
struct DocumentReaderCorpusTests {
    @Test("reads every good file and turns every bad one into a problem, in a deterministic order",
          arguments: [1, 3])
    func readsCorpusWithJobs(jobs: Int) throws {
        let folder = try InputFixtureFolder()
        try folder.write("corpus/a.txt", "Ada Lovelace met Charles Babbage.")
        try folder.write("corpus/b.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        try folder.write("corpus/c.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        try folder.write("corpus/d.md", "")
        try folder.write("corpus/news/e.html", "<h1>Headline</h1><p>Body &amp; more.</p>")
        try folder.write("corpus/news/f.txt", bytes: Array("Bad byte: ".utf8) + [0xFF] + Array(" here.".utf8))
        try folder.write("corpus/.hidden/g.txt", "Hidden.")
        let extra = try folder.write("extra.log", "Named directly.")
        let missing = folder.path("missing")

        let (documents, problems) = DocumentReader().readAll([folder.path("corpus"), missing, extra], jobs: jobs)

        #expect(documents == [
            Document(name: "a.txt", text: "Ada Lovelace met Charles Babbage.", format: .plain),
            Document(name: "news/e.html", text: "Headline\nBody & more.", format: .html),
            Document(name: "news/f.txt", text: "Bad byte: \u{FFFD} here.", format: .plain),
            Document(name: "extra.log", text: "Named directly.", format: .plain),
        ])
        #expect(problems == [
            InputProblem(path: missing, severity: .error, message: "no such file or folder"),
            InputProblem(path: folder.path("corpus/c.txt"), severity: .error, message: "not a text file (binary content)"),
            InputProblem(path: folder.path("corpus/d.md"), severity: .warning, message: "empty, skipped"),
            InputProblem(
                path: folder.path("corpus/news/f.txt"), severity: .warning,
                message: "invalid UTF-8, 1 sequence replaced with U+FFFD"),
        ])
        #expect(problems.first?.description == "\(missing): no such file or folder")
    }

    @Test("gives nothing for no inputs")
    func readsNothing() {
        let (documents, problems) = DocumentReader().readAll([])

        #expect(documents.isEmpty)
        #expect(problems.isEmpty)
    }
}

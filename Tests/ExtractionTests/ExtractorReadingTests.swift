import Foundation
import Graph
import Testing

@testable import Extraction

/// Reading files straight into a graph builder must give what reading them all first does.
@Suite("Extractor.build(reading:)")
struct ExtractorReadingTests {
    @Test("reads, extracts and lets go each file, with the problems of readAll in its order",
          arguments: [1, 3])
    func readsFilesWithJobs(jobs: Int) throws {
        let folder = try InputFixtureFolder()
        for (index, text) in GraphBuilderTests.texts.enumerated() {
            try folder.write("corpus/\(index).txt", text)
        }
        try folder.write("corpus/b.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        try folder.write("corpus/c.md", "")
        try folder.write("corpus/d.txt", bytes: Array("Quantix Robotics hired Ann Reyes ".utf8) + [0xFF] + Array(".".utf8))
        try folder.write("corpus/e.html", "<p>Tom Reyes joined Brightline on Tuesday.</p>")
        let missing = folder.path("missing")
        let inputs = [folder.path("corpus"), missing]

        let (documents, problems) = DocumentReader().readAll(inputs)
        let dated = documents.map { document in
            var document = document
            if document.publicationDate == nil { document.publicationDate = "2026-03-02" }
            return document
        }
        let collection = InputCollector.collect(inputs)
        let (builder, fileProblems) = Extractor().build(
            reading: collection.files, with: DocumentReader(), defaultDate: "2026-03-02", jobs: jobs)

        #expect(collection.errors.map { InputProblem(path: $0.path, severity: .error, message: $0.reason) } + fileProblems == problems)
        #expect(fileProblems.count == 3, "the binary, the empty and the badly encoded file")
        #expect(builder.documentCount == documents.count)
        #expect(builder.graph() == Extractor().build(dated, jobs: 1).graph())
    }
}

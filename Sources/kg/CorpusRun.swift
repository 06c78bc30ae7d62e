import Extraction
import Foundation
import Graph

/// Reads the inputs, reporting unreadable files on stderr, and extracts every document.
struct CorpusRun {
    /// The documents read, in input order (empty once `graph()` has extracted them).
    private(set) var documents: [Document]
    /// How many documents were read.
    let documentCount: Int
    /// Whether some input could not be read.
    let hadErrors: Bool
    /// How many documents to extract at once.
    private let jobs: Int

    /// Reads on `jobs` threads; throws when no document could be read at all.
    /// Documents that do not state their publication day take `defaultDate`, if given.
    /// With `maximumDocuments`, reading stops after that many documents; skipped files
    /// are counted on stderr and make the run partial, like unreadable ones.
    init(inputs: [String], maximumFileSize: Int, defaultDate: PublicationDate?, jobs: Int,
         maximumDocuments: Int? = nil) throws(KGError) {
        Extractor.preloadResources()
        let reader = DocumentReader(maximumFileSize: maximumFileSize)
        var (documents, problems, skipped) = reader.readAll(inputs, maximumDocuments: maximumDocuments, jobs: jobs)
        if let defaultDate {
            for index in documents.indices where documents[index].publicationDate == nil {
                documents[index].publicationDate = defaultDate.iso8601
            }
        }
        for problem in problems { Terminal.warn("kg: \(problem.path): \(problem.message)") }
        if skipped > 0 {
            Terminal.warn("kg: stopped after \(documents.count) documents (--max-documents); \(skipped) more files skipped")
        }
        guard !documents.isEmpty else { throw .noDocuments(inputs) }
        self.documents = documents
        self.documentCount = documents.count
        self.jobs = jobs
        self.hadErrors = skipped > 0 || problems.contains { $0.severity == .error }
    }

    /// Every document's extraction, with names resolved across documents, in document order.
    func extractions() -> [DocumentExtraction] {
        let progress = Progress(total: documentCount)
        let extractions = Extractor().extract(documents, jobs: jobs) { progress.advance() }
        progress.finish()
        return CorpusResolver().resolve(consume extractions)
    }

    /// The graph of all the documents, which are let go one by one as they are extracted.
    mutating func graph() -> KnowledgeGraph {
        let progress = Progress(total: documentCount)
        var taken: [Document] = []
        swap(&taken, &documents)
        let builder = Extractor().build(consume taken, jobs: jobs) { progress.advance() }
        progress.finish()
        return builder.graph()
    }
}

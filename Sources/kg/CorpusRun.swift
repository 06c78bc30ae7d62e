import Extraction
import Foundation

/// Reads the inputs and extracts every document, reporting unreadable files on stderr.
struct CorpusRun {
    /// The documents read, in input order; empty unless the run was asked to keep them.
    let documents: [Document]
    /// How many documents were read.
    let documentCount: Int
    /// The extractions, resolved across documents, in document order (empty after `takeExtractions()`).
    private(set) var extractions: [DocumentExtraction]
    /// Whether some input could not be read.
    let hadErrors: Bool

    /// Reads and extracts on `jobs` threads; throws when no document could be read at all.
    /// Documents that do not state their publication day take `defaultDate`, if given.
    /// With `maximumDocuments`, reading stops after that many documents; skipped files
    /// are counted on stderr and make the run partial, like unreadable ones.
    /// Unless `keepingDocuments`, the texts are let go once extracted.
    init(inputs: [String], maximumFileSize: Int, defaultDate: PublicationDate?, jobs: Int,
         maximumDocuments: Int? = nil, keepingDocuments: Bool) throws(KGError) {
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
        let progress = Progress(total: documents.count)
        documentCount = documents.count
        self.documents = keepingDocuments ? documents : []
        // Unless they are kept, the extractor holds the only copy and lets each text go once extracted.
        let extractions = Extractor().extract(consume documents, jobs: jobs) { progress.advance() }
        progress.finish()
        self.extractions = CorpusResolver().resolve(consume extractions)
        self.hadErrors = skipped > 0 || problems.contains { $0.severity == .error }
    }

    /// Hands over the extractions, keeping none, so that the caller holds the only copy.
    mutating func takeExtractions() -> [DocumentExtraction] {
        defer { extractions = [] }
        return extractions
    }
}

import Extraction
import Graph

/// Reads and extracts every document straight into one graph, reporting unreadable
/// files on stderr in input order. Each file is read, extracted and let go on one of
/// the jobs' threads, so memory grows with the graph, not with the text.
struct CorpusGraph {
    /// The graph of all the documents.
    let graph: KnowledgeGraph
    /// How many documents were read.
    let documentCount: Int
    /// Whether some input could not be read, or some file was left unread.
    let hadErrors: Bool

    /// Builds on `jobs` threads; throws when no document could be read at all.
    /// Documents that do not state their publication day take `defaultDate`, if given.
    /// With `maximumDocuments`, the files are read first, in input order, up to that many documents.
    init(inputs: [String], maximumFileSize: Int, defaultDate: PublicationDate?, jobs: Int,
         maximumDocuments: Int?) throws(KGError) {
        guard maximumDocuments == nil else {
            // Which files count depends on which earlier ones give a document: read them in order first.
            var corpus = try CorpusRun(inputs: inputs, maximumFileSize: maximumFileSize, defaultDate: defaultDate,
                                       jobs: jobs, maximumDocuments: maximumDocuments)
            graph = corpus.graph()
            documentCount = corpus.documentCount
            hadErrors = corpus.hadErrors
            return
        }
        Extractor.preloadResources()
        let collection = InputCollector.collect(inputs)
        let progress = Progress(total: collection.files.count)
        let (builder, fileProblems) = Extractor().build(
            reading: collection.files, with: DocumentReader(maximumFileSize: maximumFileSize),
            defaultDate: defaultDate?.iso8601, jobs: jobs) { progress.advance() }
        progress.finish()
        let problems = collection.errors.map { InputProblem(path: $0.path, severity: .error, message: $0.reason) } + fileProblems
        for problem in problems { Terminal.warn("kg: \(problem.path): \(problem.message)") }
        guard builder.documentCount > 0 else { throw .noDocuments(inputs) }
        documentCount = builder.documentCount
        hadErrors = problems.contains { $0.severity == .error }
        graph = builder.graph()
    }
}

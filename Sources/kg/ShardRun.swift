import Extraction
import Foundation

/// Reads and extracts the documents of one shard, reporting unreadable files on stderr.
/// Every input is listed (to number the files as one build does) but only the shard's
/// files are read. The extractions are not resolved across documents: that needs every
/// shard, and happens in `kg merge`.
struct ShardRun {
    /// The part file of the shard.
    let part: PartFile
    /// Whether some input could not be read.
    let hadErrors: Bool

    /// Reads and extracts the shard's documents on `jobs` threads; throws when the inputs
    /// hold no document file at all. Documents that do not state their publication day
    /// take `defaultDate`, if given, before extraction, as in `CorpusRun`.
    init(inputs: [String], shard: Shard, maximumFileSize: Int, defaultDate: PublicationDate?, jobs: Int) throws(KGError) {
        Extractor.preloadResources()
        let collection = InputCollector.collect(inputs)
        var problems = collection.errors.map { InputProblem(path: $0.path, severity: .error, message: $0.reason) }
        let reader = DocumentReader(maximumFileSize: maximumFileSize)
        var positions: [Int] = [], documents: [Document] = []
        for (position, file) in collection.files.enumerated() where shard.contains(position) {
            do {
                let result = try reader.read(file)
                problems += result.warnings.map { InputProblem(path: $0.path, severity: .warning, message: $0.reason) }
                guard var document = result.document else { continue }
                if document.publicationDate == nil, let defaultDate {
                    document.publicationDate = defaultDate.iso8601
                }
                positions.append(position)
                documents.append(document)
            } catch {
                problems.append(InputProblem(path: error.path, severity: .error, message: error.reason))
            }
        }
        for problem in problems { Terminal.warn("kg: \(problem.path): \(problem.message)") }
        guard !collection.files.isEmpty else { throw .noDocuments(inputs) }
        let progress = Progress(total: documents.count)
        let extractions = Extractor().extract(documents, jobs: jobs) { progress.advance() }
        progress.finish()
        let unreadable = problems.count { $0.severity == .error }
        let header = PartHeader(
            format: PartHeader.formatName, version: PartHeader.currentVersion, generator: "kg \(KG.configuration.version)",
            shard: shard.index, shards: shard.count, files: collection.files.count, inputs: collection.fingerprint,
            date: defaultDate?.iso8601, maxFileSize: maximumFileSize, documents: documents.count, unreadable: unreadable)
        part = PartFile(header: header, entries: zip(positions, extractions).map { PartEntry(index: $0, extraction: $1) })
        hadErrors = unreadable > 0
    }
}

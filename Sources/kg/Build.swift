import ArgumentParser
import Export
import Extraction
import Foundation
import Graph

/// `kg build`: reads articles and writes the graph files.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a knowledge graph from articles and write it as GraphML and DOT.",
        discussion: """
        INPUT is a file or a folder (searched recursively for .txt, .md, .html and .htm).
        Files that cannot be read are named on stderr and skipped; the exit status is then \(KGExit.partial).
        Output files are replaced atomically: a failed run leaves earlier files intact.
        """
    )

    @Argument(help: "Article files or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The folder to write the graph files into (created if missing).")
    var out: String

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(stringLiteral: GraphFormat.help),
            transform: GraphFormat.parseList)
    var format: [[GraphFormat]] = []

    @Option(name: .long, help: "The largest input file to read, in bytes.")
    var maxFileSize: Int = DocumentReader.defaultMaximumFileSize

    @Option(name: .long, help: "The publication day (YYYY-MM-DD) of articles that do not state one; completes dates such as \"on Tuesday\".",
            transform: DateOption.parse)
    var date: PublicationDate?

    @Option(name: .long, help: ArgumentHelp("Read at most N documents, in input order; the files left unread are counted on stderr and the exit status is \(KGExit.partial).", valueName: "N"))
    var maxDocuments: Int?

    @Option(name: .long, help: "How many documents to extract at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Extract only shard I of N (1 ≤ I ≤ N) and write DIR/part-I-of-N.\(PartFile.fileExtension) for kg merge, no graph files.", valueName: "I/N"))
    var shard: Shard?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxDocuments.map({ $0 >= 1 }) ?? true else { throw ValidationError("--max-documents must be at least 1") }
        guard shard == nil || maxDocuments == nil else { throw ValidationError("--max-documents cannot be combined with --shard") }
        guard shard == nil || format.isEmpty else { throw ValidationError("--format is for kg merge; kg build --shard writes only its part file") }
    }

    func run() throws {
        if let shard { return try writePart(of: shard) }
        let corpus = try CorpusGraph(inputs: inputs, maximumFileSize: maxFileSize, defaultDate: date, jobs: jobs,
                                     maximumDocuments: maxDocuments)
        let graph = corpus.graph
        try GraphOutput(folder: out, formats: GraphFormat.chosen(format), jobs: jobs).write(graph)
        Terminal.warn("kg: \(corpus.documentCount) documents, \(graph.entities.count) entities, \(graph.relations.count) relations -> \(out)")
        if corpus.hadErrors { throw ExitCode(KGExit.partial) }
    }
}

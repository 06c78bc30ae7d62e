import ArgumentParser
import Extraction
import Foundation

/// `kg extract`: prints the entity mentions found in articles.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the entity mentions of articles, with the entity each resolved to.",
        discussion: """
        jsonl prints one JSON object per mention; offsets count Unicode scalars, end exclusive.
        Mentions are names, and the nouns and verbs that report events; a phrase such as
        "the company" that stands for a named entity is kept in the graph but not printed.
        """
    )

    /// How mentions are printed.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case jsonl, table
    }

    @Argument(help: "Article files or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output format: jsonl or table.")
    var format: Format = .jsonl

    @Option(name: .long, help: "The largest input file to read, in bytes.")
    var maxFileSize: Int = DocumentReader.defaultMaximumFileSize

    @Option(name: .long, help: "The publication day (YYYY-MM-DD) of articles that do not state one; completes dates such as \"on Tuesday\".",
            transform: DateOption.parse)
    var date: PublicationDate?

    @Option(name: .long, help: "How many documents to extract at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let corpus = try CorpusRun(inputs: inputs, maximumFileSize: maxFileSize, defaultDate: date, jobs: jobs)
        var output = ""
        for (document, extraction) in zip(corpus.documents, corpus.extractions()) {
            for (mention, entity) in extraction.mentions where mention.form == .name || mention.type == .event {
                switch format {
                case .jsonl:
                    output += MentionLine(mention: mention, entity: entity, fromHTML: document.format == .html).json + "\n"
                case .table:
                    output += [mention.document, "\(mention.start)", "\(mention.end)", mention.type.rawValue,
                               mention.text, entity].map(MentionLine.tableCell).joined(separator: "\t") + "\n"
                }
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if corpus.hadErrors { throw ExitCode(KGExit.partial) }
    }
}

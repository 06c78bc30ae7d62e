import ArgumentParser
import Extraction
import Foundation

/// `kg merge`: finishes a sharded build from its part files, writing the graph files one
/// `kg build` over all the inputs would write, byte for byte.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the part files of `kg build --shard` into the graph files of one build.",
        discussion: """
        PART is a part-I-of-N.\(PartFile.fileExtension) file written by kg build --shard I/N; give every part once.
        Names are resolved across the whole corpus: the files are those one kg build over all the inputs writes.
        Damaged parts, overlapping or missing parts, and parts of other inputs, options or kg versions are refused before anything is written.
        The exit status is \(KGExit.partial) when some input could not be read while the parts were built.
        """
    )

    @Argument(help: ArgumentHelp("The part files written by kg build --shard.", valueName: "part"))
    var parts: [String]

    @Option(name: .shortAndLong, help: "The folder to write the graph files into (created if missing).")
    var out: String

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(stringLiteral: GraphFormat.help),
            transform: GraphFormat.parseList)
    var format: [[GraphFormat]] = []

    func run() throws {
        let merged = try PartMerge(paths: parts)
        let documentCount = merged.builder.documentCount
        guard documentCount > 0 else { throw KGError.noDocuments(parts) }
        let graph = merged.builder.graph()
        try GraphOutput(folder: out, formats: GraphFormat.chosen(format)).write(graph)
        Terminal.warn("kg: \(documentCount) documents, \(graph.entities.count) entities, \(graph.relations.count) relations -> \(out)")
        if merged.hadErrors { throw ExitCode(KGExit.partial) }
    }
}

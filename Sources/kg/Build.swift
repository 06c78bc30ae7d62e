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

    /// A graph file format `kg build` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case graphml, dot, gexf, json, neo4j, svg, png

        /// The file (or, for neo4j, the folder) written in the output folder.
        var fileName: String { self == .neo4j ? "neo4j" : "graph.\(rawValue)" }

        /// The formats written when none is asked for.
        static let defaults: [Format] = [.graphml, .dot]
    }

    @Argument(help: "Article files or folders.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The folder to write the graph files into (created if missing).")
    var out: String

    @Option(name: .long, parsing: .singleValue,
            help: "Formats to write, comma-separated: graphml, dot (the default), gexf, json (node-link), neo4j (CSV + Cypher), svg, png (Graphviz).",
            transform: Build.parseFormats)
    var format: [[Format]] = []

    @Option(name: .long, help: "The largest input file to read, in bytes.")
    var maxFileSize: Int = DocumentReader.defaultMaximumFileSize

    @Option(name: .long, help: "The publication day (YYYY-MM-DD) of articles that do not state one; completes dates such as \"on Tuesday\".",
            transform: DateOption.parse)
    var date: PublicationDate?

    @Option(name: .long, help: "How many documents to extract at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    static func parseFormats(_ text: String) throws -> [Format] {
        try text.split(separator: ",").map { name in
            guard let format = Format(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("unknown format '\(name)'; use \(Format.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let formats = format.isEmpty ? Format.defaults : Array(Set(format.joined())).sorted { $0.rawValue < $1.rawValue }
        let corpus = try CorpusRun(inputs: inputs, maximumFileSize: maxFileSize, defaultDate: date, jobs: jobs)
        let graph = GraphAssembler().graph(from: corpus.extractions)
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw KGError.output("cannot create \(out): \(error.localizedDescription)")
        }
        for format in formats {
            let url = folder.appendingPathComponent(format.fileName)
            do {
                switch format {
                case .graphml: try GraphMLWriter().write(graph, to: url)
                case .dot: try DOTWriter().write(graph, to: url)
                case .gexf: try GEXFWriter().write(graph, to: url)
                case .json: try NodeLinkJSONWriter().write(graph, to: url)
                case .neo4j:
                    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                    try Neo4jCSVWriter().write(graph, to: url)
                case .svg, .png: try GraphvizRenderer(format: format.rawValue).render(DOTWriter().data(for: graph), to: url)
                }
            } catch let error as ExportError {
                throw KGError.output(error.description)
            } catch let error as KGError {
                throw error
            } catch {
                throw KGError.output("cannot write \(url.path): \(error.localizedDescription)")
            }
        }
        Terminal.warn("kg: \(corpus.documents.count) documents, \(graph.entities.count) entities, \(graph.relations.count) relations -> \(out)")
        if corpus.hadErrors { throw ExitCode(KGExit.partial) }
    }
}

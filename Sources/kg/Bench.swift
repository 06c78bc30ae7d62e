import ArgumentParser
import Export
import Extraction
import Foundation
import Graph
import Tagger

/// `kg bench`: times each stage of a build on a corpus and prints words per second.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time each stage of a build and print words/s and peak memory.",
        discussion: """
        Words are tokens other than white space, counted as spaCy counts them, so the figures
        compare with ../shared/bench/spacy-peer.sh on the same folder. Stages run one after
        the other on one core; the whole corpus is held in memory.
        """
    )

    @Argument(help: "Article files or folders.")
    var inputs: [String]

    @Option(help: "How many times to repeat the in-memory stages; the fastest run counts.")
    var repetitions: Int = 3

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
    }

    func run() throws {
        var documents: [Document] = []
        let read = Stopwatch.time { documents = DocumentReader().readAll(inputs).documents }
        guard !documents.isEmpty else { throw KGError.noDocuments(inputs) }
        guard let model = Extractor.bundledModel else { throw KGError.output("the bundled tagger model cannot be loaded") }
        var analyzed: [AnalyzedDocument] = []
        let tokenize = fastest { analyzed = documents.map(AnalyzedDocument.init) }
        let words = analyzed.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.tokens.count } }
        let tokenTexts = analyzed.map { $0.sentences.map { $0.tokens.map(\.text) } }
        let tag = fastest { for document in tokenTexts { _ = model.tag(document: document) } }
        let extractor = Extractor()
        var extractions: [DocumentExtraction] = []
        let extract = fastest { extractions = documents.map(extractor.extract) }
        var graph = KnowledgeGraph()
        let resolve = fastest {
            var builder = GraphBuilder()
            for extraction in extractions { builder.add(extraction) }
            graph = builder.graph()
        }
        let export = fastest {
            _ = try? GraphMLWriter().data(for: graph)
            _ = DOTWriter().data(for: graph)
        }
        print("kg bench: \(documents.count) documents, \(words) words, \(graph.entities.count) entities, \(graph.relations.count) relations")
        for (stage, seconds) in [("read", read), ("tokenize", tokenize), ("tag (NER model)", tag),
                                 ("extract (whole document pipeline)", extract), ("resolve + assemble", resolve),
                                 ("export GraphML + DOT", export)] {
            line(stage, seconds, words)
        }
        line("build end to end (one core)", read + extract + resolve + export, words)
        print("  peak resident memory: \(Stopwatch.peakResidentMegabytes()) MB")
    }

    private func line(_ stage: String, _ seconds: Double, _ words: Int) {
        let padded = stage.padding(toLength: 36, withPad: " ", startingAt: 0)
        print("  " + padded + String(format: "%8.3f s %12.0f words/s", seconds, Double(words) / max(seconds, 1e-9)))
    }

    private func fastest(_ body: () -> Void) -> Double {
        (0..<repetitions).map { _ in Stopwatch.time(body) }.min()!
    }
}

/// Wall-clock timing and memory figures for benchmarks.
enum Stopwatch {
    /// Seconds a closure takes.
    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The processor time the process has used so far, on all threads, in seconds.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The process's peak resident memory so far, in megabytes.
    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}

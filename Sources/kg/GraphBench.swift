import ArgumentParser
import Export
import Foundation
import Graph
import Tagger

/// `kg bench-graph`: times GraphML writing and loading and the graph queries on a
/// seeded synthetic graph, and prints the figures and peak memory.
struct GraphBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-graph",
        abstract: "Time GraphML write/load and graph queries on a synthetic graph.",
        discussion: """
        The graph is generated from --seed, so every run uses the same graph and the same
        queries. Relations carry one evidence sentence each, as kg's own graphs do, unless
        --no-evidence is given. The GraphML file goes to a temporary folder and is removed, unless --keep names a path.
        --json also writes the generated graph as node-link JSON, so that other tools (scripts/bench-graphml-write.sh
        times networkx) can load the identical graph; --write-only stops after writing.
        """
    )

    @Option(help: "Number of entities.")
    var nodes: Int = 200_000

    @Option(help: "Number of relation records generated (a few merge or are dropped).")
    var relations: Int = 1_000_000

    @Option(help: "Number of random neighbours queries.")
    var queries: Int = 10_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Flag(inversion: .prefixedNo, help: "Give each relation an evidence sentence.")
    var evidence: Bool = true

    @Option(help: "Keep the GraphML file at this path instead of removing it.")
    var keep: String?

    @Option(help: "Also write the generated graph as node-link JSON to this path (timed separately).")
    var json: String?

    @Option(help: "Threads that render GraphML (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Stop after writing: no loading, no queries.")
    var writeOnly: Bool = false

    @Option(help: "Time loading this GraphML file instead of a generated one (no generation, no writing).")
    var load: String?

    func validate() throws {
        guard nodes >= 2 else { throw ValidationError("--nodes must be at least 2") }
        guard relations >= 0, queries >= 1 else { throw ValidationError("--relations must be ≥ 0 and --queries ≥ 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard load == nil || (json == nil && !writeOnly) else {
            throw ValidationError("--json and --write-only need a generated graph; they cannot go with --load")
        }
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bench-graph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url: URL
        if let load {
            url = URL(fileURLWithPath: load)
            print("kg bench-graph: loading \(load)")
        } else {
            url = keep.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("graph.graphml")
            try generateAndWrite(to: url)
        }
        let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        print("  " + "GraphML file size".padding(toLength: 36, withPad: " ", startingAt: 0)
              + String(format: "%8.1f MB", Double(size) / 1_000_000))
        if writeOnly {
            print("  peak resident memory: \(Stopwatch.peakResidentMegabytes()) MB")
            return
        }

        var failure: Error?
        var loaded = KnowledgeGraph()
        let cpuBefore = Stopwatch.processorSeconds()
        let load = Stopwatch.time {
            do { loaded = try GraphMLReader().graph(contentsOf: url) } catch { failure = error }
        }
        if let failure { throw failure }
        print("  " + "load GraphML (GraphMLReader.graph)".padding(toLength: 36, withPad: " ", startingAt: 0)
              + String(format: "%8.3f s  (%.3f s of processor time)", load, Stopwatch.processorSeconds() - cpuBefore))
        print("    loaded \(loaded.entities.count) entities, \(loaded.relations.count) relations")

        var index: GraphIndex?
        let build = Stopwatch.time { index = GraphIndex(loaded) }
        let graphIndex = index!
        line("build GraphIndex", build)

        var random = SplitMix64(seed: seed &+ 1)
        let probes = (0..<queries).map { _ in graphIndex.ids[Int.random(in: 0..<graphIndex.count, using: &random)] }
        var found = 0
        let neighbours = Stopwatch.time {
            for probe in probes { found += graphIndex.neighbours(of: probe).count }
        }
        print("  " + "neighbours query (mean of \(queries))".padding(toLength: 36, withPad: " ", startingAt: 0)
              + String(format: "%8.2f µs  (%.1f neighbours on average)", neighbours / Double(queries) * 1e6,
                       Double(found) / Double(queries)))

        var rank: [EntityID: Double] = [:]
        line("PageRank", Stopwatch.time { rank = graphIndex.pageRank() })
        var components: [[EntityID]] = []
        line("connected components", Stopwatch.time { components = graphIndex.connectedComponents() })
        print("    \(components.count) components, largest \(components.first?.count ?? 0); PageRank of \(rank.count) entities")
        print("  peak resident memory: \(Stopwatch.peakResidentMegabytes()) MB")
    }

    /// Generates the synthetic graph and writes it as GraphML to `url` (and as
    /// node-link JSON to `--json`), printing the times.
    private func generateAndWrite(to url: URL) throws {
        var graph = KnowledgeGraph()
        let generate = Stopwatch.time { graph = syntheticGraph() }
        print("kg bench-graph: \(graph.entities.count) entities, \(graph.relations.count) relations (seed \(seed))")
        line("generate", generate)
        var failure: Error?
        let write = Stopwatch.time {
            do { try GraphMLWriter(jobs: jobs).write(graph, to: url) } catch { failure = error }
        }
        if let failure { throw failure }
        line("write GraphML (\(jobs) jobs)", write)
        if let json {
            let writeJSON = Stopwatch.time {
                do { try NodeLinkJSONWriter().write(graph, to: URL(fileURLWithPath: json)) } catch { failure = error }
            }
            if let failure { throw failure }
            line("write node-link JSON", writeJSON)
        }
    }

    private func line(_ stage: String, _ seconds: Double) {
        print("  " + stage.padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
    }

    /// The seeded synthetic graph: entities of several types, relations of several
    /// kinds whose ends are chosen with a skew (a few hubs, many leaves).
    private func syntheticGraph() -> KnowledgeGraph {
        var random = SplitMix64(seed: seed)
        let types: [EntityType] = [.organization, .person, .product, .location]
        let entities = (0..<nodes).map { Entity(label: "Entity \($0)", type: types[$0 % types.count], mentionCount: 1,
                                                documents: ["doc\($0 % 1000).txt"]) }
        let kinds: [RelationKind] = [.ownerOf, .acquired, .investedIn, .partneredWith, .competitorOf, .coOccursWith]
        var records: [Relation] = []
        records.reserveCapacity(relations)
        for number in 0..<relations {
            // Squaring a uniform number favours small indices: a few entities become hubs.
            let u = Double(random.next() >> 11) / Double(1 << 53)
            let head = Int(u * u * Double(nodes)), tail = Int.random(in: 0..<nodes, using: &random)
            guard head != tail else { continue }
            let document = "doc\(number % 1000).txt"
            let sentence = evidence
                ? [Evidence(document: document, start: 0, end: 60,
                            sentence: "Entity \(head) and Entity \(tail) were named in the same report number \(number).")]
                : []
            records.append(Relation(head: entities[head].id, kind: kinds.randomElement(using: &random)!, tail: entities[tail].id,
                                    evidence: sentence, confidence: 0.5, rule: "synthetic",
                                    weight: Double(Int.random(in: 1...3, using: &random)), documents: [document]))
        }
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relations: records)
        return graph
    }
}

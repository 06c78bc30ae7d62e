import Foundation
import Testing
@testable import Graph

/// Compares the queries with networkx on a seeded random graph of 100,000 entities
/// and about 300,000 relations.
///
/// networkx runs in a separate `python3` process while the Swift side computes its
/// answers, so the two costs overlap. A missing python3, networkx or scipy skips
/// the test with a message, except when the environment variable `CI` is set.
@Suite("Graph queries against networkx on 100,000 entities")
struct GraphNetworkXLargeTests {
    static let nodes = 100_000
    static let relations = 300_000

    /// A random graph built straight from relation records, without evidence
    /// sentences (the weight is given), so building it stays cheap in a debug build.
    static func randomGraph(nodes: Int, edges: Int, seed: UInt64) -> KnowledgeGraph {
        var random = GraphNetworkXTests.SplitMix64(state: seed)
        let entities = (0..<nodes).map { Entity(label: "n\($0)", type: .organization) }
        let kinds: [RelationKind] = [.ownerOf, .acquired, .investedIn, .partneredWith, .competitorOf, .coOccursWith]
        var records: [Relation] = []
        records.reserveCapacity(edges)
        for _ in 0..<edges {
            // Tails avoid the last tenth of the nodes, so some heads-only nodes stay isolated.
            let head = Int.random(in: 0..<nodes, using: &random), tail = Int.random(in: 0..<(nodes * 9 / 10), using: &random)
            guard head != tail else { continue }
            let weight = Double(Int.random(in: 1...3, using: &random))
            records.append(Relation(head: entities[head].id, kind: kinds.randomElement(using: &random)!, tail: entities[tail].id,
                                    evidence: [], rule: "random", weight: weight))
        }
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relations: records)
        return graph
    }

    static let script = """
    import json, sys
    import networkx as nx
    g = nx.DiGraph()
    with open(sys.argv[1]) as f:
        probes = f.readline().split()
        sources = f.readline().split()
        for line in f:
            parts = line.split()
            if len(parts) == 1:
                g.add_node(parts[0])
            elif len(parts) == 3:
                h, t, w = parts[0], parts[1], float(parts[2])
                data = g.get_edge_data(h, t)
                if data is None:
                    g.add_edge(h, t, weight=w)
                else:
                    data["weight"] += w
    u = g.to_undirected(as_view=True)
    out = {
        "nodes": g.number_of_nodes(),
        "neighbours": {p: sorted(u.neighbors(p)) for p in probes},
        "distances": {s: dict(nx.single_source_shortest_path_length(u, s)) for s in sources},
        "components": sorted((len(c) for c in nx.weakly_connected_components(g)), reverse=True),
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-10, max_iter=200),
    }
    with open(sys.argv[2], "w") as f:
        json.dump(out, f)
    """

    struct Answer: Decodable {
        let nodes: Int
        let neighbours: [String: [String]]
        let distances: [String: [String: Int]]
        let components: [Int]
        let pagerank: [String: Double]
    }

    /// The python3 path when it can import networkx and scipy; otherwise nil, after
    /// a message (or, on CI, a recorded failure).
    static func python() -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        var problem = "python3 is not on PATH"
        if let path = folders.map({ "\($0)/python3" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let check = Process()
            check.executableURL = URL(fileURLWithPath: path)
            check.arguments = ["-c", "import networkx, scipy"]
            check.standardOutput = FileHandle.nullDevice
            check.standardError = FileHandle.nullDevice
            if (try? check.run()) != nil {
                check.waitUntilExit()
                if check.terminationStatus == 0 { return path }
            }
            problem = "python3 cannot import networkx and scipy"
        }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record(Comment(rawValue: problem))
        } else {
            print("skipping the large networkx comparison: \(problem)")
        }
        return nil
    }

    @Test("neighbours, BFS distances, components and PageRank agree with networkx on 100,000 entities")
    func agreesWithNetworkXOnALargeGraph() throws {
        guard let python = Self.python() else { return }
        let clock = ContinuousClock()
        let started = clock.now
        let graph = Self.randomGraph(nodes: Self.nodes, edges: Self.relations, seed: 2024)
        let built = clock.now
        let index = GraphIndex(graph)
        let indexed = clock.now
        #expect(index.count == Self.nodes)
        #expect(graph.relations.count > Self.relations * 9 / 10)

        var random = GraphNetworkXTests.SplitMix64(state: 99)
        let probes = (0..<20).map { _ in index.ids[Int.random(in: 0..<index.count, using: &random)] }
        let sources = [index.ids[0], index.ids[index.count / 2], index.ids[index.count - 1]]

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-networkx-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("graph.txt"), outputURL = folder.appendingPathComponent("answer.json")
        let errorsURL = folder.appendingPathComponent("stderr")
        var input = probes.map(\.rawValue).joined(separator: " ") + "\n" + sources.map(\.rawValue).joined(separator: " ") + "\n"
        input.reserveCapacity(12_000_000)
        for id in index.ids { input += id.rawValue + "\n" }
        for relation in graph.relations.values {
            input += "\(relation.head.rawValue) \(relation.tail.rawValue) \(relation.weight)\n"
        }
        try input.write(to: inputURL, atomically: false, encoding: .utf8)
        let written = clock.now

        // networkx works while the Swift side answers.
        _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errorsURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.script, inputURL.path, outputURL.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()

        let neighbours = probes.map { Set(index.neighbours(of: $0).map(\.id.rawValue)) }
        let distances = sources.map { index.distances(from: $0) }
        let components = index.connectedComponents().map(\.count)
        let rank = index.pageRank()
        let answered = clock.now

        process.waitUntilExit()
        try errors.close()
        let networkxDone = clock.now
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errorsURL, encoding: .utf8)) ?? ""
            Issue.record("the networkx script failed: \(message)")
            return
        }
        let answer = try JSONDecoder().decode(Answer.self, from: Data(contentsOf: outputURL))

        #expect(answer.nodes == index.count)
        for (probe, ours) in zip(probes, neighbours) {
            #expect(ours == Set(answer.neighbours[probe.rawValue] ?? []), "neighbours of \(probe)")
        }
        for (source, ours) in zip(sources, distances) {
            let theirs = answer.distances[source.rawValue] ?? [:]
            #expect(ours.count == theirs.count, "entities reached from \(source)")
            let wrong = ours.filter { theirs[$0.key.rawValue] != $0.value }
            #expect(wrong.isEmpty, "\(wrong.count) distances from \(source) differ, e.g. \(wrong.first.map { "\($0)" } ?? "")")
        }
        // A few full paths too: their lengths are the BFS distances.
        for (target, length) in (answer.distances[sources[0].rawValue] ?? [:]).sorted(by: { $0.key < $1.key }).prefix(5) {
            #expect(index.shortestPath(from: sources[0], to: EntityID(rawValue: target))?.length == length)
        }
        #expect(components == answer.components)
        #expect(rank.count == answer.pagerank.count)
        var worst = 0.0
        for (id, value) in rank { worst = max(worst, abs(value - (answer.pagerank[id.rawValue] ?? .infinity))) }
        #expect(worst < 1e-6, "largest PageRank difference \(worst)")

        let checked = clock.now
        print("""
        large networkx comparison: \(index.count) entities, \(graph.relations.count) relations, \
        \(components.count) components (largest \(components.first ?? 0)); \
        build \(built - started), index \(indexed - built), write input \(written - indexed), \
        Swift queries \(answered - written), networkx wait \(networkxDone - answered), \
        decode and compare \(checked - networkxDone), PageRank worst difference \(worst)
        """)
    }
}

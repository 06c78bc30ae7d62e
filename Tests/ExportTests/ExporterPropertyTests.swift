import Export
import Foundation
import Graph
import Testing

/// Writers that cannot be broken: thousands of random graphs whose every
/// string is hostile (`RandomGraph`, `HostileText`) go through every writer
/// and are read back, and each string must come back as the writer promises.
@Suite("Exporter properties")
struct ExporterPropertyTests {
    /// How many random graphs the in-process round trip checks.
    static let graphCount = 10_000
    /// The seed of the first graph; graph *i* has seed `firstSeed + i`, so a
    /// failure is reproduced by `RandomGraph.make(seed:)` with the seed it names.
    static let firstSeed: UInt64 = 0x6B67_0000
    /// How many differences a batch shows before the rest are only counted.
    static let shownFailures = 4

    /// Every difference of one graph in every format.
    static func mismatches(of graph: KnowledgeGraph) -> [String] {
        var found: [String] = []
        do {
            found += GraphMLRoundTripCheck.mismatches(of: graph, data: try GraphMLWriter().data(for: graph))
        } catch {
            found.append("GraphMLWriter failed: \(error)")
        }
        do {
            found += GEXFRoundTripCheck.mismatches(of: graph, data: try GEXFWriter().data(for: graph))
        } catch {
            found.append("GEXFWriter failed: \(error)")
        }
        do {
            found += NodeLinkJSONRoundTripCheck.mismatches(of: graph, data: try NodeLinkJSONWriter().data(for: graph))
        } catch {
            found.append("NodeLinkJSONWriter failed: \(error)")
        }
        do {
            found += Neo4jCSVRoundTripCheck.mismatches(of: graph, files: try Neo4jCSVWriter().files(for: graph))
        } catch {
            found.append("Neo4jCSVWriter failed: \(error)")
        }
        found += DOTRoundTripCheck.mismatches(of: graph, text: DOTWriter().string(for: graph))
        return found
    }

    /// The graphs are checked in this many batches, which run in parallel.
    static let batches = Array(0..<8)

    @Test("10,000 random graphs with hostile strings round-trip through GraphML, GEXF, JSON, Neo4j CSV and DOT",
          arguments: batches)
    func randomGraphsRoundTrip(batch: Int) {
        var failingSeeds: [UInt64] = [], shown = 0
        var formats: [String: Int] = [:]
        for index in stride(from: batch, to: Self.graphCount, by: Self.batches.count) {
            let seed = Self.firstSeed + UInt64(index)
            let found = Self.mismatches(of: RandomGraph.make(seed: seed))
            guard !found.isEmpty else { continue }
            failingSeeds.append(seed)
            for format in Set(found.map { String($0.prefix { $0 != " " && $0 != ":" }) }) { formats[format, default: 0] += 1 }
            for line in found.prefix(3) where shown < Self.shownFailures {
                Issue.record("seed \(seed): \(line)")
                shown += 1
            }
        }
        if !failingSeeds.isEmpty {
            Issue.record("""
                \(failingSeeds.count) of the \(Self.graphCount / Self.batches.count) graphs of batch \(batch) failed \
                (by format: \(formats.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))); \
                first seeds \(failingSeeds.prefix(10).map(String.init).joined(separator: ", "))
                """)
        }
    }

    @Test("the generator makes the hostile cases it promises")
    func generatorCoversTheHostileCases() {
        var scalars = Set<UInt32>(), longest = 0, relations = 0, attributes = 0, endMentions = 0
        for index in 0..<1_000 {
            let graph = RandomGraph.make(seed: Self.firstSeed + UInt64(index))
            relations += graph.relations.count
            for entity in graph.entities.values {
                attributes += entity.attributes.count
                for text in [entity.label] + Array(entity.aliases) + entity.documents + Array(entity.attributes.values) {
                    scalars.formUnion(text.unicodeScalars.map(\.value))
                    longest = max(longest, text.unicodeScalars.count)
                }
            }
            endMentions += graph.relations.values.filter { ExportExpectation.endMentions(of: $0, in: graph).map { !$0.head.isEmpty } ?? false }.count
        }
        for value: UInt32 in [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x22, 0x26, 0x3C, 0x5C, 0x7F, 0x85, 0x301, 0x2028, 0xFFFE, 0xFFFF, 0x1F680] {
            #expect(scalars.contains(value), "no U+\(String(value, radix: 16)) in 1,000 graphs")
        }
        #expect(longest >= 2_000)
        #expect(relations >= 1_000 && attributes >= 1_000 && endMentions >= 100)
    }

    @Test("the same random graph gives the same files, written to disk or to memory")
    func filesMatchMemory() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<50 {
            let graph = RandomGraph.make(seed: Self.firstSeed + UInt64(index))
            let graphML = folder.appendingPathComponent("graph.graphml"), gexf = folder.appendingPathComponent("graph.gexf")
            try GraphMLWriter().write(graph, to: graphML)
            try GEXFWriter().write(graph, to: gexf)
            #expect(try Data(contentsOf: graphML) == GraphMLWriter().data(for: graph))
            #expect(try Data(contentsOf: gexf) == GEXFWriter().data(for: graph))
            #expect(RandomGraph.make(seed: Self.firstSeed + UInt64(index)) == graph, "the generator is not deterministic")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["graph.gexf", "graph.graphml"])
    }
}

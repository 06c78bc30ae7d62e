import Foundation
import Testing

/// `kg build` killed with SIGKILL while it writes the graph files: the files
/// of the previous build stay whole, and the next build cleans up after it.
@Suite("kg build killed while writing")
struct InterruptedBuildTests {
    /// Every file `--format graphml,dot,gexf,json,neo4j` writes, relative to the output folder.
    static let outputs = ["graph.graphml", "graph.dot", "graph.gexf", "graph.json",
                          "neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/import.cypher"]
    static let formats = "graphml,dot,gexf,json,neo4j"

    /// The moments the build is killed at, one run each.
    static let moments: [KilledRun.Moment] = [
        .firstTemporaryFile, .temporaryFileHolding(bytes: 256 * 1024), .temporaryFileOfTarget(number: 3),
    ]

    /// The contents of every output file, `nil` for a missing one.
    static func snapshot(_ out: URL) -> [String: Data?] {
        Dictionary(uniqueKeysWithValues: outputs.map { ($0, Bytes.of(out.appendingPathComponent($0))) })
    }

    /// Everything in the output folder and its `neo4j` folder, hidden files included.
    static func listing(_ out: URL) -> [String] {
        let top = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        let neo4j = (try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("neo4j").path)) ?? []
        return (top + neo4j.map { "neo4j/\($0)" }).sorted()
    }

    @Test("SIGKILL at three moments of writing leaves every file either the previous or the complete new one; the next build succeeds and leaves no temporary file")
    func killedBuildsKeepWholeFiles() throws {
        let folder = try Scratch.folder("killed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let previousInput = folder.appendingPathComponent("previous"), input = folder.appendingPathComponent("articles")
        try NameCorpus.write(0..<4, to: previousInput)
        try NameCorpus.write(0..<16, to: input)
        let out = folder.appendingPathComponent("out")
        let arguments = ["build", input.path, "--out", out.path, "--format", Self.formats]

        let first = try Run.kg(["build", previousInput.path, "--out", out.path, "--format", Self.formats])
        try #require(first.status == 0, "the previous build failed:\n\(first)")
        let previous = Self.snapshot(out)
        try #require(previous.values.allSatisfy { $0 != nil }, "the previous build did not write every file: \(Self.listing(out))")

        var afterKills: [(moment: KilledRun.Moment, files: [String: Data?])] = []
        var leftBehind = 0
        for moment in Self.moments {
            let run = try KilledRun.kg(arguments, watching: [out, out.appendingPathComponent("neo4j")], killAt: moment)
            #expect(run.killed, "kg build finished (status \(run.status)) before it could be killed \(moment)")
            afterKills.append((moment, Self.snapshot(out)))
            leftBehind += Self.listing(out).filter { KilledRun.isTemporary(URL(fileURLWithPath: $0).lastPathComponent) }.count
        }
        #expect(leftBehind > 0, "no killed run left a temporary file, so cleaning up after one was not tested")

        let final = try Run.kg(arguments)
        try #require(final.status == 0, "the build after the killed ones failed:\n\(final)")
        let expectedListing = ["graph.dot", "graph.gexf", "graph.graphml", "graph.json", "neo4j",
                               "neo4j/import.cypher", "neo4j/nodes.csv", "neo4j/relationships.csv"]
        #expect(Self.listing(out) == expectedListing, "the build after the killed ones left other files behind")
        let complete = Self.snapshot(out)
        // (import.cypher names only the types and relations, the same in both corpora.)
        for name in Self.outputs where name != "neo4j/import.cypher" {
            #expect(complete[name] != previous[name], "\(name) of the full corpus is the same as of the previous one")
        }

        for (moment, files) in afterKills {
            for name in Self.outputs {
                let bytes = files[name] ?? nil
                #expect(bytes == previous[name] || bytes == complete[name],
                        "killed \(moment), \(name) is neither the previous file nor the complete new one (\(bytes?.count ?? 0) bytes)")
            }
        }
    }
}

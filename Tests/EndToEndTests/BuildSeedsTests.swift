import Foundation
import Testing

/// `kg build seeds --out DIR`, run from the package root like a user would.
@Suite("kg build on the seed articles")
struct BuildSeedsTests {
    /// Builds `seeds` into a fresh folder, expecting exit 0 and both files; returns the folder.
    static func buildSeeds(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let folder = try Scratch.folder("seeds")
        let outcome = try Run.kg(["build", "seeds", "--out", folder.path])
        try #require(outcome.status == 0, "kg build seeds failed:\n\(outcome)", sourceLocation: sourceLocation)
        for name in ["graph.graphml", "graph.dot"] {
            try #require(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path),
                         "kg build seeds wrote no \(name):\n\(outcome)", sourceLocation: sourceLocation)
        }
        return folder
    }

    @Test("graph.graphml validates against the GraphML schema",
          .enabled(if: Tools.shouldRun(["xmllint"]), "xmllint is not installed (set CI to require it)"))
    func graphMLValidates() throws {
        let folder = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: folder) }
        try GraphChecks.expectValidGraphML(folder.appendingPathComponent("graph.graphml"))
    }

    @Test("graph.graphml loads in networkx and igraph with ontology types, relations and evidence",
          .enabled(if: Tools.shouldRun(["python3"], pythonModules: ["networkx", "igraph"]),
                   "python3 with networkx and igraph is not installed (set CI to require it)"))
    func graphMLLoadsWithOntologyAttributes() throws {
        let folder = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try GraphChecks.pythonReport(folder.appendingPathComponent("graph.graphml"), ontology: try Ontology.load())
        #expect(report.nodes > 0, "the seed graph has no nodes")
        #expect(report.edges > 0, "the seed graph has no edges")
        #expect(report.problems.isEmpty,
                "\(report.problems.count) contract violations:\n\(report.problems.prefix(60).joined(separator: "\n"))")
    }

    @Test("graph.dot renders with dot and sfdp, exit 0 and nothing on stderr",
          .enabled(if: Tools.shouldRun(["dot", "sfdp"]), "Graphviz is not installed (set CI to require it)"))
    func dotRendersSilently() throws {
        let folder = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: folder) }
        try GraphChecks.expectSilentRendering(folder.appendingPathComponent("graph.dot"))
    }

    @Test("two builds of the seeds give byte-identical files")
    func buildsAreDeterministic() throws {
        let first = try Self.buildSeeds(), second = try Self.buildSeeds()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for name in ["graph.graphml", "graph.dot"] {
            let a = try #require(Bytes.of(first.appendingPathComponent(name)))
            let b = try #require(Bytes.of(second.appendingPathComponent(name)))
            #expect(a == b, "\(name) differs between two builds of the same input: \(Bytes.firstDifference(a, b))")
        }
    }

    @Test("the committed out/ matches a fresh build of the seeds")
    func committedOutputIsCurrent() throws {
        let advice = """
            out/ is stale: run `swift run -c release kg build seeds --out out`, \
            then re-render out/graph.svg with `dot -Tsvg out/graph.dot -o out/graph.svg`
            """
        let folder = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["graph.graphml", "graph.dot"] {
            let fresh = try #require(Bytes.of(folder.appendingPathComponent(name)))
            let committedURL = Paths.committedOut.appendingPathComponent(name)
            guard let committed = Bytes.of(committedURL) else {
                Issue.record("out/\(name) is missing. \(advice)")
                continue
            }
            #expect(committed == fresh, "out/\(name) differs from a fresh build. \(advice)\n\(Bytes.firstDifference(committed, fresh))")
        }
    }
}

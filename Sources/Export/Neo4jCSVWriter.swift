import Foundation
import Graph

/// Writes a knowledge graph as CSV files for Neo4j: `nodes.csv` and
/// `relationships.csv` in the header format of `neo4j-admin database import`,
/// and `import.cypher`, a script that loads the same files with `LOAD CSV`
/// for users without `neo4j-admin`.
///
/// `nodes.csv` has the columns `id:ID`, `label`, `type`, `:LABEL` (`Entity`
/// and the type, as `Entity;Person`), `aliases:string[]`, `mentions:int`,
/// `documents:string[]`, `confidence:float`, `color` (`#rrggbb`),
/// `size:float`, then one string column `attr_<name>` per entity attribute
/// (`attr_date`). `relationships.csv` has `:START_ID`, `:END_ID`, `:TYPE`,
/// `relation`, `weight:float`, `evidence`, `documents:string[]`,
/// `confidence:float` and `rule`. The relationship type is the relation name
/// upper-cased (`founder_of` -> `FOUNDER_OF`), Neo4j's convention; the
/// `relation` property keeps the ontology's spelling.
///
/// Fields are quoted as RFC 4180 asks; arrays are joined by `;`, the default
/// `--array-delimiter`, and a `;` inside an element becomes U+FF1B (FULLWIDTH
/// SEMICOLON). Fields may hold line breaks, so `neo4j-admin` needs
/// `--multiline-fields=true`. Rows come in the graph's sorted order, so the
/// same graph always gives byte-identical files.
public struct Neo4jCSVWriter: Sendable {
    /// The names of the files `write(_:to:)` writes, in order.
    public static let fileNames = ["nodes.csv", "relationships.csv", "import.cypher"]

    /// Creates a writer.
    public init() {}

    /// The contents of `nodes.csv`, `relationships.csv` and `import.cypher`, by file name.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* characters of output.
    public func files(for graph: KnowledgeGraph) throws(ExportError) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in Self.fileNames {
            var output = MemoryOutput()
            emit(file: name, of: graph, to: &output)
            files[name] = Data(output.bytes)
        }
        return files
    }

    /// Writes the three files into `folder` (which must exist), each streamed
    /// through a 64 KiB buffer to a temporary file that replaces it only when
    /// it is complete (`AtomicFile`); an error stops before the remaining files.
    ///
    /// - Complexity: as `files(for:)`, in O(1) extra memory for the output.
    public func write(_ graph: KnowledgeGraph, to folder: URL) throws(ExportError) {
        for name in Self.fileNames {
            try AtomicFile(url: folder.appendingPathComponent(name)).stream { output throws(ExportError) in
                try emit(file: name, of: graph, to: &output)
            }
        }
    }

    /// Writes the file called `name` (one of `fileNames`) to `output`.
    ///
    /// - Complexity: as `files(for:)`, for that file.
    private func emit<Output: ExportOutput>(file name: String, of graph: KnowledgeGraph,
                                            to output: inout Output) throws(Output.Failure) {
        switch name {
        case "nodes.csv": try writeNodes(of: graph, to: &output)
        case "relationships.csv": try writeRelationships(of: graph, to: &output)
        default: try writeImportScript(of: graph, to: &output)
        }
    }
}

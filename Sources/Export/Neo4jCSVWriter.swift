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
        let nodes = nodeTable(for: graph), relationships = relationshipTable(for: graph)
        return [
            "nodes.csv": Data(nodes.text.utf8),
            "relationships.csv": Data(relationships.text.utf8),
            "import.cypher": Data(importScript(nodes: nodes, relationships: relationships).utf8),
        ]
    }

    /// Writes the three files into `folder` (which must exist), each replaced
    /// atomically (`AtomicFile`); an error stops before the remaining files.
    ///
    /// - Complexity: as `files(for:)`.
    public func write(_ graph: KnowledgeGraph, to folder: URL) throws(ExportError) {
        let files = try files(for: graph)
        for name in Self.fileNames {
            try AtomicFile(url: folder.appendingPathComponent(name)).write(files[name]!)
        }
    }
}

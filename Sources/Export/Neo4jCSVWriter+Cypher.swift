import Graph

extension Neo4jCSVWriter {
    /// Writes the Cypher script that loads `nodes.csv` and `relationships.csv`
    /// from Neo4j's import folder with `LOAD CSV`: a uniqueness constraint on
    /// `Entity.id`, a `MERGE` per node with typed properties, the type label
    /// set per type, then a `MERGE` per relationship, one statement per type
    /// that occurs (Cypher cannot take a relationship type from a field).
    ///
    /// - Complexity: O(*n* + *r*) to find the types and relation kinds present,
    ///   plus O(*t* + *k* + *a*) for *t* types, *k* relation kinds and *a* attribute columns.
    func writeImportScript<Output: ExportOutput>(of graph: KnowledgeGraph, to output: inout Output) throws(Output.Failure) {
        try output.write(importScript(
            types: Set(graph.entities.values.map(\.type.rawValue)).sorted(),
            kinds: Set(graph.relations.values.map { Self.relationshipType($0.kind) }).sorted(),
            attributes: Self.attributeColumns(for: graph).map(\.column)))
    }

    /// The script for the given sorted types, relationship types and attribute columns.
    private func importScript(types: [String], kinds: [String], attributes: [String]) -> String {
        var script = """
        // Loads the kg export into Neo4j 5 without neo4j-admin. Copy nodes.csv and
        // relationships.csv into the database's import folder, then run
        //   cypher-shell -u neo4j -p PASSWORD -f import.cypher
        // Arrays (aliases, documents) are split at ';'. Relationship types are the
        // relation names upper-cased; the property `relation` keeps the original name.

        CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:\(Self.entityLabel)) REQUIRE n.id IS UNIQUE;

        LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
        MERGE (n:\(Self.entityLabel) {id: row.`id:ID`})
        SET n.label = row.label,
            n.type = row.type,
            n.aliases = \(Self.split("aliases:string[]")),
            n.mentions = toInteger(row.`mentions:int`),
            n.documents = \(Self.split("documents:string[]")),
            n.confidence = toFloat(row.`confidence:float`),
            n.color = row.color,
            n.size = toFloat(row.`size:float`)
        """
        for column in attributes {
            script += ",\n    n.`\(column)` = row.`\(column)`"
        }
        script += ";\n"
        for type in types {
            script += "\nMATCH (n:\(Self.entityLabel) {type: '\(type)'}) SET n:\(type);\n"
        }
        for kind in kinds {
            script += """

            LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
            WITH row WHERE row.`:TYPE` = '\(kind)'
            MATCH (head:\(Self.entityLabel) {id: row.`:START_ID`}), (tail:\(Self.entityLabel) {id: row.`:END_ID`})
            MERGE (head)-[r:\(kind)]->(tail)
            SET r.relation = row.relation,
                r.weight = toFloat(row.`weight:float`),
                r.evidence = row.evidence,
                r.documents = \(Self.split("documents:string[]")),
                r.confidence = toFloat(row.`confidence:float`),
                r.rule = row.rule;

            """
        }
        return script
    }

    /// The Cypher expression for an array column: its field split at `;`, `[]` when empty.
    private static func split(_ column: String) -> String {
        "CASE WHEN row.`\(column)` IS NULL THEN [] ELSE split(row.`\(column)`, ';') END"
    }
}

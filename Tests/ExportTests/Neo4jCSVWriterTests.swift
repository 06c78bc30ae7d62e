import Export
import Foundation
import Graph
import Testing

@Suite("Neo4j CSV writer")
struct Neo4jCSVWriterTests {
    let graph = SampleGraph.make()

    private func text(_ name: String, of graph: KnowledgeGraph) throws -> String {
        String(decoding: try #require(try Neo4jCSVWriter().files(for: graph)[name]), as: UTF8.self)
    }

    @Test func headersFollowTheImportFormat() throws {
        let nodes = try text("nodes.csv", of: graph), relationships = try text("relationships.csv", of: graph)
        #expect(nodes.hasPrefix("id:ID,label,type,:LABEL,aliases:string[],mentions:int,documents:string[],confidence:float,"
            + "color,size:float,attr_attribute,attr_date,attr_place_name,attr_role,attr_type_2\n"))
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,relation,weight:float,evidence,documents:string[],"
            + "confidence:float,rule\n"))
        #expect(try text("nodes.csv", of: KnowledgeGraph()) == "id:ID,label,type,:LABEL,aliases:string[],mentions:int,"
            + "documents:string[],confidence:float,color,size:float\n")
    }

    @Test func quotesOnlyWhatNeedsIt() throws {
        var graph = KnowledgeGraph()
        graph.add(Entity(label: "Plain", type: .person, aliases: ["a;b", "c"]))
        graph.add(Entity(label: "Say \"hi\", then\nleave", type: .organization))
        graph.add(Relation(head: EntityID(name: "Plain"), kind: .founderOf, tail: EntityID(name: "Say \"hi\", then\nleave"),
                           evidence: [], rule: "r\u{0}"))
        let nodes = try text("nodes.csv", of: graph)
        #expect(nodes.contains("\nplain,Plain,Person,Entity;Person,a\u{FF1B}b;c,0,,1.0,"))
        #expect(nodes.contains("\nsayhithenleave,\"Say \"\"hi\"\", then\nleave\",Organization,"))
        #expect(try text("relationships.csv", of: graph)
            == ":START_ID,:END_ID,:TYPE,relation,weight:float,evidence,documents:string[],confidence:float,rule\n"
            + "plain,sayhithenleave,FOUNDER_OF,founder_of,1.0,,,1.0,r\u{FFFD}\n")
    }

    @Test func cypherScriptReadsOnlyColumnsTheFilesHave() throws {
        let script = try text("import.cypher", of: graph)
        #expect(script.contains("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"))
        #expect(script.contains("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row"))
        #expect(script.contains("MERGE (n:Entity {id: row.`id:ID`})"))
        for kind in Set(graph.relations.values.map(\.kind)) {
            #expect(script.contains("MERGE (head)-[r:\(kind.rawValue.uppercased())]->(tail)"))
        }
        for type in Set(graph.entities.values.map(\.type)) {
            #expect(script.contains("MATCH (n:Entity {type: '\(type.rawValue)'}) SET n:\(type.rawValue);"))
        }
        let columns = Set((try text("nodes.csv", of: graph) + (try text("relationships.csv", of: graph)))
            .split(separator: "\n").filter { $0.hasPrefix("id:ID") || $0.hasPrefix(":START_ID") }
            .flatMap { $0.split(separator: ",").map(String.init) })
        let referenced = script.split(separator: "row.`").dropFirst().map { String($0.prefix { $0 != "`" }) }
        #expect(!referenced.isEmpty)
        for column in referenced { #expect(columns.contains(column), "\(column) is a column") }
    }

    @Test func sameGraphGivesIdenticalFiles() throws {
        let files = try Neo4jCSVWriter().files(for: graph)
        #expect(try Neo4jCSVWriter().files(for: SampleGraph.make(reversed: true)) == files)
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Neo4jCSVWriter().write(graph, to: folder)
        for name in Neo4jCSVWriter.fileNames {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == files[name], "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == Neo4jCSVWriter.fileNames.sorted())
    }

    /// The graphs read back with Python, with the attribute columns each should have.
    enum Fixture: String, CaseIterable, CustomTestStringConvertible {
        case sample, empty, large

        var graph: KnowledgeGraph {
            switch self {
            case .sample: SampleGraph.make()
            case .empty: KnowledgeGraph()
            case .large: SampleGraph.large(count: 150)
            }
        }
        var attributeColumns: [String] {
            self == .sample ? ["attr_attribute", "attr_date", "attr_place_name", "attr_role", "attr_type_2"] : []
        }
        var testDescription: String { "\(rawValue) graph" }
    }

    /// Reads both files with Python's csv module and compares them with
    /// `expected.json`; the computed `size:float` column is only checked to be a number.
    static let csvCheck = #"""
    import csv, json, sys
    folder, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    def read(name):
        with open(f"{folder}/{name}", encoding="utf-8", newline="") as f:
            return list(csv.reader(f, strict=True))
    nodes, relationships = read("nodes.csv"), read("relationships.csv")
    if nodes[0] != expected["node_header"] or relationships[0] != expected["relationship_header"]:
        problems.append(f"headers {nodes[0]} {relationships[0]}")
    size = nodes[0].index("size:float")
    for row in nodes[1:]:
        if float(row[size]) < 10:
            problems.append(f"size {row[size]!r}")
        row[size] = ""
    if nodes[1:] != expected["nodes"]:
        problems.append(f"nodes {nodes[1:]!r}")
    if relationships[1:] != expected["relationships"]:
        problems.append(f"relationships {relationships[1:]!r}")
    print("\n".join(problems))
    sys.exit(1 if problems else 0)
    """#

    @Test(.enabled(if: ExternalTool.shouldRun(["python3"]), "python3 is not installed"), arguments: Fixture.allCases)
    func fieldsRoundTripThroughPythonCSV(fixture: Fixture) throws {
        let graph = fixture.graph
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Neo4jCSVWriter().write(graph, to: folder)
        let attributes = Set(graph.entities.values.flatMap(\.attributes.keys)).sorted()
        let array = { (elements: [String]) in
            elements.map { xmlExpected($0).replacingOccurrences(of: ";", with: "\u{FF1B}") }.joined(separator: ";")
        }
        let nodes: [[String]] = graph.sortedEntities.map { entity in
            [entity.id.rawValue, xmlExpected(entity.label), entity.type.rawValue, "Entity;\(entity.type.rawValue)",
             array(entity.sortedAliases), String(entity.mentions.count), array(entity.documents),
             "\(entity.confidence)", entity.type.style.color.hex, ""]
                + attributes.map { xmlExpected(entity.attributes[$0] ?? "") }
        }
        let relationships: [[String]] = graph.sortedRelations.map { relation in
            [relation.head.rawValue, relation.tail.rawValue, relation.kind.rawValue.uppercased(), relation.kind.rawValue,
             "\(relation.weight)", xmlExpected(relation.evidence.first?.sentence ?? ""), array(relation.documents),
             "\(relation.confidence)", xmlExpected(relation.rule)]
        }
        let expected: [String: Any] = [
            "node_header": ["id:ID", "label", "type", ":LABEL", "aliases:string[]", "mentions:int", "documents:string[]",
                            "confidence:float", "color", "size:float"] + fixture.attributeColumns,
            "relationship_header": [":START_ID", ":END_ID", ":TYPE", "relation", "weight:float", "evidence",
                                    "documents:string[]", "confidence:float", "rule"],
            "nodes": nodes, "relationships": relationships,
        ]
        try PythonScript.check(Self.csvCheck, arguments: [folder.path], expected: expected, in: folder)
    }
}

import Foundation
import Graph

/// Parses written Neo4j CSV files with `CSVRecords` and compares every field
/// with what the writer promises: text with XML-forbidden characters replaced
/// by U+FFFD, arrays joined by `;` with `;` inside an element as U+FF1B, one
/// `attr_<name>` column per attribute name.
enum Neo4jCSVRoundTripCheck {
    /// The header of `nodes.csv` before the attribute columns.
    static let nodeHeader = ["id:ID", "label", "type", ":LABEL", "aliases:string[]", "mentions:int",
                             "documents:string[]", "confidence:float", "color", "size:float"]
    /// The header of `relationships.csv`.
    static let relationshipHeader = [":START_ID", ":END_ID", ":TYPE", "relation", "weight:float", "evidence",
                                     "documents:string[]", "confidence:float", "rule"]

    /// The records `nodes.csv` should hold, header first; the computed
    /// `size:float` field is left empty (see `withoutSize`).
    static func expectedNodes(of graph: KnowledgeGraph) -> [[String]] {
        let names = ExportExpectation.attributeNames(for: graph)
        let attributes = names.sorted { $0.key < $1.key }
        return [nodeHeader + attributes.map { "attr_" + $0.value }] + graph.sortedEntities.map { entity in
            [entity.id.rawValue, xmlExpected(entity.label), entity.type.rawValue, "Entity;\(entity.type.rawValue)",
             ExportExpectation.csvArray(entity.sortedAliases), String(entity.mentionCount),
             ExportExpectation.csvArray(entity.documents), "\(entity.confidence)", entity.type.style.color.hex, ""]
                + attributes.map { xmlExpected(entity.attributes[$0.key] ?? "") }
        }
    }

    /// The records `relationships.csv` should hold, header first.
    static func expectedRelationships(of graph: KnowledgeGraph) -> [[String]] {
        [relationshipHeader] + graph.sortedRelations.map { relation in
            [relation.head.rawValue, relation.tail.rawValue, relation.kind.rawValue.uppercased(), relation.kind.rawValue,
             "\(relation.weight)", xmlExpected(relation.evidence.first?.sentence ?? ""),
             ExportExpectation.csvArray(relation.documents), "\(relation.confidence)", xmlExpected(relation.rule)]
        }
    }

    /// Node records with the `size:float` field emptied, after checking it is a number.
    static func withoutSize(_ records: [[String]]) -> [[String]] {
        records.enumerated().map { index, record in
            guard index > 0, record.count > 9, Double(record[9]) != nil else { return record }
            var record = record
            record[9] = ""
            return record
        }
    }

    /// The differences between `graph` and its `nodes.csv` and `relationships.csv` parsed back.
    static func mismatches(of graph: KnowledgeGraph, files: [String: Data]) -> [String] {
        var check = Mismatches("Neo4j CSV")
        for (name, expected) in [("nodes.csv", expectedNodes(of: graph)), ("relationships.csv", expectedRelationships(of: graph))] {
            guard let data = files[name], let text = String(data: data, encoding: .utf8) else {
                check.note("\(name) is missing or not UTF-8")
                continue
            }
            do {
                var records = try CSVRecords.parse(text)
                if name == "nodes.csv" { records = withoutSize(records) }
                check.equal(records.count, expected.count, "\(name) record count")
                for (index, (record, wanted)) in zip(records, expected).enumerated() {
                    check.same(record, wanted, "\(name) record \(index)")
                }
            } catch {
                check.note("\(name): \(error)")
            }
        }
        return check.found
    }
}

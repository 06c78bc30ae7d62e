import ArgumentParser
import Export
import Foundation
import Graph

/// The options every `kg query` command shares: the graph file and the output form.
struct QueryOptions: ParsableArguments {
    @Argument(help: "A graph.graphml written by kg build (or any GraphML with label and type on its nodes).")
    var graph: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    /// The graph, read safely from its file.
    func load() throws -> KnowledgeGraph {
        do {
            return try GraphMLReader().graph(contentsOf: URL(fileURLWithPath: graph))
        } catch {
            throw KGError.input(error.description)
        }
    }

    /// The one entity a name stands for, or a clear error.
    func entity(_ name: String, in graph: KnowledgeGraph) throws -> Entity {
        let found = graph.entities(named: name)
        switch found.count {
        case 1: return found[0]
        case 0: throw KGError.input("no entity named '\(name)' in \(self.graph)")
        default: throw KGError.input("'\(name)' names several entities: \(found.map { "\($0.label) (\($0.id))" }.joined(separator: ", ")); use an id")
        }
    }

    /// Prints rows as a table, or as a JSON array of objects keyed by the columns.
    func print(_ columns: [String], _ rows: [[QueryValue]]) {
        if json {
            let objects = rows.map { row in
                "{" + zip(columns, row).map { "\(QueryValue.text($0).json): \($1.json)" }.joined(separator: ", ") + "}"
            }
            write("[" + objects.joined(separator: ",\n ") + "]\n")
        } else {
            write(QueryTable(columns: columns, rows: rows.map { $0.map(\.display) }).text)
        }
    }

    /// Prints one result object.
    func print(object fields: [(String, QueryValue)]) {
        if json {
            write("{" + fields.map { "\(QueryValue.text($0.0).json): \($0.1.json)" }.joined(separator: ", ") + "}\n")
        } else {
            write(fields.map { "\($0.0): \($0.1.display)" }.joined(separator: "\n") + "\n")
        }
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

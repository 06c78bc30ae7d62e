import ArgumentParser
import Export
import Foundation
import Graph

/// `kg explain`: says why an edge between two entities of a graph exists.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain the relations between two entities of a graph: relation, rule, confidence and evidence.",
        discussion: "NAME matches a node's label, an alias or its id, ignoring case, spacing and punctuation."
    )

    @Argument(help: "A graph.graphml written by kg build.")
    var graph: String

    @Argument(help: "The first entity.")
    var first: String

    @Argument(help: "The second entity.")
    var second: String

    func run() throws {
        let loaded: KnowledgeGraph
        do {
            loaded = try GraphMLReader().graph(contentsOf: URL(fileURLWithPath: graph))
        } catch {
            throw KGError.input(error.description)
        }
        let a = try entity(first, in: loaded), b = try entity(second, in: loaded)
        let relations = loaded.relations(between: a.id, and: b.id)
        guard !relations.isEmpty else {
            throw KGError.input("no edge links \(a.label) and \(b.label) in \(graph)")
        }
        var text = ""
        for relation in relations {
            let head = loaded[relation.head]!.label, tail = loaded[relation.tail]!.label
            let arrow = relation.kind.isSymmetric ? "<-\(relation.kind.rawValue)->" : "-\(relation.kind.rawValue)->"
            text += "\(head) \(arrow) \(tail)\n"
            text += "  found by: \(relation.rule.isEmpty ? "unknown" : relation.rule), confidence \(relation.confidence)\n"
            for evidence in relation.evidence {
                text += "  evidence (\(evidence.document)): \(evidence.sentence)\n"
            }
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func entity(_ name: String, in graph: KnowledgeGraph) throws -> Entity {
        let found = graph.entities(named: name)
        switch found.count {
        case 1: return found[0]
        case 0: throw KGError.input("no entity named '\(name)' in \(self.graph)")
        default: throw KGError.input("'\(name)' names several entities: \(found.map { "\($0.label) (\($0.id))" }.joined(separator: ", ")); use an id")
        }
    }
}

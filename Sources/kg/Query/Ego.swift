import ArgumentParser
import Export
import Foundation
import Graph

/// `kg query ego`: the neighbourhood of an entity, written as a graph file.
struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the entities within K links of an entity, and their relations, as GraphML.")

    @OptionGroup var options: QueryOptions

    @Argument(help: "The entity at the centre.")
    var name: String

    @Option(help: "How many links away to go.")
    var hops = 1

    @Option(help: "The GraphML file to write (replaced atomically).")
    var out: String

    func validate() throws {
        guard hops >= 0 else { throw ValidationError("--hops must be 0 or more") }
    }

    func run() throws {
        let graph = try options.load()
        let entity = try options.entity(name, in: graph)
        let ego = GraphIndex(graph).egoNetwork(of: entity.id, hops: hops)
        do {
            try GraphMLWriter().write(ego, to: URL(fileURLWithPath: out))
        } catch {
            throw KGError.output(error.description)
        }
        options.print(object: [("centre", .text(entity.label)), ("hops", .integer(hops)), ("entities", .integer(ego.entities.count)),
                               ("relations", .integer(ego.relations.count)), ("file", .text(out))])
    }
}

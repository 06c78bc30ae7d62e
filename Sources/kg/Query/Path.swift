import ArgumentParser
import Graph

/// `kg query path`: the shortest path between two entities.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The shortest path between two entities (fewest links, or cheapest with --weighted).")

    @OptionGroup var options: QueryOptions

    @Argument(help: "The first entity.")
    var from: String

    @Argument(help: "The second entity.")
    var to: String

    @Flag(help: "Prefer strongly stated links: each link costs 1 / weight.")
    var weighted = false

    @Flag(help: "Follow relations only from head to tail.")
    var directed = false

    func run() throws {
        let graph = try options.load()
        let a = try options.entity(from, in: graph), b = try options.entity(to, in: graph)
        let index = GraphIndex(graph)
        let found = weighted ? index.cheapestPath(from: a.id, to: b.id, directed: directed)
                             : index.shortestPath(from: a.id, to: b.id, directed: directed)
        guard let path = found else { throw KGError.input("no path links \(a.label) and \(b.label)") }
        options.print(object: [("length", .integer(path.length)), ("cost", .decimal(path.cost)),
                               ("ids", .list(path.ids.map(\.rawValue))), ("labels", .list(path.ids.map { graph[$0]!.label }))])
    }
}

import ArgumentParser
import Graph

/// `kg query communities`: groups of densely linked entities.
struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Communities of entities (Louvain, deterministic), largest first.")

    @OptionGroup var options: QueryOptions

    func run() throws {
        let graph = try options.load()
        let communities = GraphIndex(graph).communities()
        options.print(["community", "size", "members"], communities.enumerated().map { number, members in
            [.integer(number + 1), .integer(members.count), .list(members.map { graph[$0]!.label })]
        })
    }
}

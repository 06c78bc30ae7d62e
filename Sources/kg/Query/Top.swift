import ArgumentParser
import Graph

/// `kg query top`: the most central entities.
struct Top: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The most central entities by degree or PageRank.")

    /// A centrality measure.
    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case degree, pagerank
    }

    @OptionGroup var options: QueryOptions

    @Option(help: "degree or pagerank.")
    var by: Measure = .degree

    @Option(help: "Only entities of this type.")
    var type: EntityType?

    @Option(help: "How many to list.")
    var limit = 10

    func run() throws {
        let graph = try options.load()
        let index = GraphIndex(graph)
        let scores: [EntityID: Double] = by == .degree ? index.degrees().mapValues(Double.init) : index.pageRank()
        let ranked = scores.filter { type == nil || graph[$0.key]?.type == type }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(max(limit, 0))
        options.print(["id", "label", "type", by.rawValue], ranked.map { id, score in
            let entity = graph[id]!
            return [.text(id.rawValue), .text(entity.label), .text(entity.type.rawValue), by == .degree ? .integer(Int(score)) : .decimal(score)]
        })
    }
}

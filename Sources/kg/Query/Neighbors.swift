import ArgumentParser
import Graph

/// `kg query neighbors`: the entities linked to one entity.
struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List an entity's neighbours, by relation and direction.")

    @OptionGroup var options: QueryOptions

    @Argument(help: "The entity.")
    var name: String

    @Option(help: "Only this relation (repeatable), e.g. founder_of.")
    var relation: [RelationKind] = []

    @Option(help: "out (the entity is the head), in (the tail) or both.")
    var direction: EdgeDirection = .both

    func run() throws {
        let graph = try options.load()
        let entity = try options.entity(name, in: graph)
        let found = GraphIndex(graph).neighbours(of: entity.id, kinds: relation.isEmpty ? nil : Set(relation), direction: direction)
        options.print(["id", "label", "type", "relation", "direction", "weight"], found.map { neighbour in
            let other = graph[neighbour.id]!
            return [.text(other.id.rawValue), .text(other.label), .text(other.type.rawValue), .text(neighbour.kind.rawValue),
                    .text(neighbour.direction.rawValue), .decimal(neighbour.weight)]
        })
    }
}

extension RelationKind: ExpressibleByArgument {}
extension EdgeDirection: ExpressibleByArgument {}
extension EntityType: ExpressibleByArgument {}

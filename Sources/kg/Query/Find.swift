import ArgumentParser
import Graph

/// `kg query find`: the entities a name matches.
struct Find: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Find entities by name or alias (case, spacing and punctuation ignored).")

    @OptionGroup var options: QueryOptions

    @Argument(help: "The name to look for.")
    var name: String

    func run() throws {
        let graph = try options.load()
        options.print(["id", "label", "type", "mentions", "aliases"], graph.entities(named: name).map { entity in
            [.text(entity.id.rawValue), .text(entity.label), .text(entity.type.rawValue), .integer(entity.mentionCount), .list(entity.sortedAliases)]
        })
    }
}

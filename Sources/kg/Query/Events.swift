import ArgumentParser
import Graph

/// `kg query events`: the events of a graph in date order.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Events in date order, optionally between two dates (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD).")

    @OptionGroup var options: QueryOptions

    @Option(help: "The earliest date.", transform: Events.date)
    var from: EventDate?

    @Option(help: "The latest date.", transform: Events.date)
    var to: EventDate?

    static func date(_ text: String) throws -> EventDate {
        guard let date = EventDate(text) else { throw ValidationError("'\(text)' is not a date (YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)") }
        return date
    }

    func run() throws {
        let graph = try options.load()
        let events = graph.events(from: from, to: to)
        options.print(["id", "label", "date", "documents"], events.map { event in
            [.text(event.id.rawValue), .text(event.label), .text(event.attributes["date"] ?? ""), .list(event.documents)]
        })
    }
}

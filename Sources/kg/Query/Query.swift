import ArgumentParser

/// `kg query`: answers questions about a graph written by `kg build`.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask a graph questions: find, neighbors, path, ego, top, communities, events.",
        discussion: "Results are a table by default; --json prints a JSON array of results (or an object holding one).",
        subcommands: [Find.self, Neighbors.self, Path.self, Ego.self, Top.self, Communities.self, Events.self]
    )
}

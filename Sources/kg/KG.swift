import ArgumentParser

/// The `kg` command: builds knowledge graphs from news articles.
@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build typed knowledge graphs from news articles.",
        version: "0.1.0",
        subcommands: [Build.self, Merge.self, Extract.self, Query.self, Explain.self, Train.self, Bench.self, GraphBench.self]
    )
}

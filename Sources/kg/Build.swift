import ArgumentParser

/// `kg build`: reads articles and writes the graph files.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build a knowledge graph from articles.")
    func run() throws {}
}

import ArgumentParser

/// `kg extract`: prints the entity mentions found in articles.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the entity mentions of articles.")
    func run() throws {}
}

import Foundation

/// General name lists that extend the gazetteer: given names, surnames and place names
/// (files `first-names.txt`, `surnames.txt`, `locations.txt`, one name a line; see
/// `Resources/gazetteer/README.md` for their sources and licenses).
public struct NameLists: Sendable {
    /// Given names ("Paul").
    public var firstNames: [String]
    /// Family names ("Smith").
    public var surnames: [String]
    /// Countries, capitals, continents, states and cities ("New York").
    public var locations: [String]

    /// No lists.
    public static let empty = NameLists(firstNames: [], surnames: [], locations: [])

    /// Creates lists from names.
    public init(firstNames: [String], surnames: [String], locations: [String]) {
        self.firstNames = firstNames
        self.surnames = surnames
        self.locations = locations
    }

    /// Reads the three list files from `directory`.
    /// - Throws: a file error if one is missing.
    public static func load(directory: URL) throws -> NameLists {
        func read(_ name: String) throws -> [String] {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8).nonEmptyLines
        }
        return NameLists(firstNames: try read("first-names.txt"), surnames: try read("surnames.txt"),
                         locations: try read("locations.txt"))
    }
}

extension NameLists {
    /// The name lists shipped with the package (`Resources/gazetteer`), read once;
    /// empty lists if the bundle lacks them.
    public static let bundled: NameLists = {
        guard let first = Bundle.module.url(forResource: "first-names", withExtension: "txt", subdirectory: "Resources/gazetteer")
                ?? Bundle.module.url(forResource: "first-names", withExtension: "txt", subdirectory: "gazetteer") else {
            return .empty
        }
        return (try? NameLists.load(directory: first.deletingLastPathComponent())) ?? .empty
    }()
}

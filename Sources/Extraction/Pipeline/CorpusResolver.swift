import Graph

/// Resolves names across documents: an entity named by one word in one
/// document ("Cameron") takes the full name of a person named elsewhere
/// ("James Cameron") when exactly one person's surname fits. A lone surname
/// that is also an everyday word may have been typed as an organization; it
/// is resolved too, places are not.
public struct CorpusResolver: Sendable {
    /// Creates a resolver.
    public init() {}

    /// The extractions with entity labels unified across documents.
    ///
    /// - Complexity: O(*e* · *w*) for *e* entities of at most *w* words.
    public func resolve(_ documents: [DocumentExtraction]) -> [DocumentExtraction] {
        var fullNames: [String: Set<String>] = [:]
        for entity in documents.flatMap(\.entities) where entity.type == .person {
            let words = entity.label.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            fullNames[EntityID.key(for: words.last!), default: []].insert(entity.label)
        }
        return documents.map { document in
            var resolved = document
            for index in resolved.entities.indices {
                let entity = resolved.entities[index]
                guard [.person, .organization].contains(entity.type), !entity.label.contains(" "),
                      let names = fullNames[EntityID.key(for: entity.label)], names.count == 1 else { continue }
                resolved.entities[index].label = names.first!
            }
            return resolved
        }
    }
}

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
    /// The labels are changed in place, so a caller that hands over the only copy of
    /// `documents` does not hold the extractions twice.
    ///
    /// - Complexity: O(*e* · *w*) for *e* entities of at most *w* words.
    public func resolve(_ documents: consuming [DocumentExtraction]) -> [DocumentExtraction] {
        var fullNames: [String: Set<String>] = [:]
        for document in documents.indices {
            for entity in documents[document].entities where entity.type == .person {
                let words = entity.label.split(separator: " ")
                guard words.count >= 2 else { continue }
                fullNames[EntityID.key(for: String(words.last!)), default: []].insert(entity.label)
            }
        }
        for document in documents.indices {
            for index in documents[document].entities.indices {
                let entity = documents[document].entities[index]
                guard [.person, .organization].contains(entity.type), !entity.label.utf8.contains(UInt8(ascii: " ")),
                      let names = fullNames[EntityID.key(for: entity.label)], names.count == 1 else { continue }
                documents[document].entities[index].label = names.first!
            }
        }
        return documents
    }
}

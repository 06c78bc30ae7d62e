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
            for entity in documents[document].entities {
                if let key = Self.surnameKey(of: entity) { fullNames[key, default: []].insert(entity.label) }
            }
        }
        for document in documents.indices {
            for index in documents[document].entities.indices {
                let entity = documents[document].entities[index]
                guard Self.mayTakeFullName(entity),
                      let name = Self.fullName(among: fullNames[EntityID.key(for: entity.label)]) else { continue }
                documents[document].entities[index].label = name
            }
        }
        return documents
    }

    /// Whether an entity may take a full name found elsewhere: a one-word person or organization.
    static func mayTakeFullName(_ entity: ExtractedEntity) -> Bool {
        (entity.type == .person || entity.type == .organization) && !entity.label.utf8.contains(UInt8(ascii: " "))
    }

    /// The key of the last word of a person's full name, under which the name is offered to
    /// one-word names; `nil` for a name of one word or an entity of another type.
    static func surnameKey(of entity: ExtractedEntity) -> String? {
        guard entity.type == .person else { return nil }
        let words = entity.label.split(separator: " ")
        return words.count >= 2 ? EntityID.key(for: String(words.last!)) : nil
    }

    /// The full name a one-word name takes among the full names offered under its key:
    /// the only one, or none when there are several.
    static func fullName(among names: Set<String>?) -> String? {
        guard let names, names.count == 1 else { return nil }
        return names.first
    }
}

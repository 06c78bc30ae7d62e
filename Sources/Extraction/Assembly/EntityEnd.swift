import Graph

/// A document's entity as a ``GraphBuilder`` files it before names are resolved
/// across documents (see ``CorpusResolver``).
enum EntityEnd: Hashable, Comparable, Sendable {
    /// A one-word person or organization, which takes a person's full name if exactly
    /// one full name in the corpus ends in it: filed by its name key.
    case renamable(String)
    /// Any other entity: filed by its id, which resolution does not change.
    case settled(EntityID)

    /// Files a document's entity.
    init(_ entity: ExtractedEntity) {
        if Self.isRenamable(entity) {
            self = .renamable(EntityID.key(for: entity.label))
        } else {
            self = .settled(EntityID(name: entity.label))
        }
    }

    /// Whether resolution across documents may give the entity another name: a one-word
    /// person or organization (the rule of ``CorpusResolver``).
    static func isRenamable(_ entity: ExtractedEntity) -> Bool {
        (entity.type == .person || entity.type == .organization) && !entity.label.utf8.contains(UInt8(ascii: " "))
    }

    /// The key of the last word of a person's full name, under which the name may
    /// resolve one-word names; `nil` for a name of one word or an entity of another type.
    static func fullNameKey(of entity: ExtractedEntity) -> String? {
        guard entity.type == .person else { return nil }
        let words = entity.label.split(separator: " ")
        return words.count >= 2 ? EntityID.key(for: String(words.last!)) : nil
    }

    /// Whether two of `entities` (one document's, filed as `ends`) might become one
    /// entity once names are resolved across documents, which a document's relations
    /// must then wait for (two of its relations may become one, with one sentence).
    ///
    /// Safe, and exact enough: a one-word name takes a full name whose last word has its
    /// key, and ids are made scalar by scalar from keys, so the full name's id ends
    /// with the one-word name's id; only an entity whose id ends so can become one with it.
    /// - Complexity: O(*n*²) in the document's entities at worst, O(*n*) without one-word names.
    static func mayMerge(_ entities: [ExtractedEntity], filedAs ends: [EntityEnd]) -> Bool {
        let ids = entities.map { EntityID(name: $0.label).rawValue }
        guard Set(ids).count == ids.count else { return true }
        for (index, end) in ends.enumerated() {
            guard case .renamable(let key) = end else { continue }
            if key.isEmpty { return true }
            let id = ids[index].utf8
            for other in ids.indices where other != index && ids[other].utf8.reversed().starts(with: id.reversed()) {
                return true
            }
        }
        return false
    }
}

import Graph

/// A document's entity as a ``GraphBuilder`` files it before names are resolved
/// across documents (see ``CorpusResolver``, whose rules it follows).
enum EntityEnd: Hashable, Comparable, Sendable {
    /// A one-word person or organization, which takes a person's full name if exactly
    /// one full name in the corpus ends in it: filed by its name key.
    case renamable(String)
    /// Any other entity: filed by its id, which resolution does not change.
    case settled(EntityID)

    /// Files a document's entity whose id is `id`.
    init(_ entity: ExtractedEntity, id: EntityID) {
        self = CorpusResolver.mayTakeFullName(entity) ? .renamable(EntityID.key(for: entity.label)) : .settled(id)
    }

    /// Whether two of a document's entities (with ids `ids`, filed as `ends`) might become one
    /// entity once names are resolved across documents, which a document's relations
    /// must then wait for (two of its relations may become one, with one sentence).
    ///
    /// Safe, and exact enough: a one-word name takes a full name whose last word has its
    /// key, and ids are made scalar by scalar from keys, so the full name's id ends
    /// with the one-word name's id; only an entity whose id ends so can become one with it.
    /// - Complexity: O(*n*²) in the document's entities at worst, O(*n*) without one-word names.
    static func mayMerge(ids: [EntityID], filedAs ends: [EntityEnd]) -> Bool {
        guard Set(ids).count == ids.count else { return true }
        for (index, end) in ends.enumerated() {
            guard case .renamable(let key) = end else { continue }
            if key.isEmpty { return true }
            let id = ids[index].rawValue.utf8
            for other in ids.indices where other != index && ids[other].rawValue.utf8.reversed().starts(with: id.reversed()) {
                return true
            }
        }
        return false
    }
}

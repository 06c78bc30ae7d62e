import Graph

/// A relation, by any key, and one sentence that states it: a document's relation records
/// are told apart so, and each sentence of a relation counts once however many rules found it.
struct StatedRelation<Key: Hashable & Sendable>: Hashable, Sendable {
    /// The relation.
    var key: Key
    /// The sentence.
    var evidence: Evidence

    /// Hashes the relation and where the sentence stands, not its text: the sentences
    /// of one document differ in place.
    func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(evidence.start)
        hasher.combine(evidence.end)
    }
}

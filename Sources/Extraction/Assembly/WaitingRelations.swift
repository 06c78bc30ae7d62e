import Graph

/// The relations of a document two of whose entities may become one once names are
/// resolved across documents: they are tallied only then, so that two relations that
/// become one count their shared sentence once.
struct WaitingRelations: Sendable {
    /// The document's entities, with only the mentions in the relations' sentences.
    let entities: [ExtractedEntity]
    /// The entities as filed by the builder.
    let ends: [EntityEnd]
    /// The document's relations.
    let relations: [ExtractedRelation]

    /// Keeps a document's relations and what tallying them needs.
    init(_ extraction: DocumentExtraction, filedAs ends: [EntityEnd]) {
        let sentences = Set(extraction.relations.map(\.evidence))
        entities = extraction.entities.map { entity in
            var kept = entity
            kept.mentions = entity.mentions.filter { sentences.contains($0.sentence) }
            return kept
        }
        self.ends = ends
        relations = extraction.relations
    }

    /// The relations tallied once the entities' ids (`ids`, in entity order) are
    /// settled: relations that become one share their sentences, and the words that
    /// name an end are those of the first mention of any entity that became it.
    ///
    /// - Complexity: O(*r* · *m*) in the relations and the mentions kept.
    func tallies(ids: [EntityID]) -> [(key: RelationKey, tally: RelationTally)] {
        var sentences: [StatedRelation<RelationKey>: RelationTally] = [:]
        for relation in relations where ids[relation.head] != ids[relation.tail] {
            let key = RelationKey(head: ids[relation.head], kind: relation.kind, tail: ids[relation.tail])
            let words = EndMentions(head: firstMentionText(of: key.head, in: relation.evidence, ids: ids),
                                    tail: firstMentionText(of: key.tail, in: relation.evidence, ids: ids))
            let tally = RelationTally(evidence: relation.evidence, ends: words, confidence: relation.confidence, rule: relation.rule)
            sentences.addSentence(tally, at: StatedRelation(key: key, evidence: relation.evidence))
        }
        return sentences.map { (key: $0.key.key, tally: $0.value) }
    }

    /// The words of the first mention in `sentence` of an entity that became `id`.
    private func firstMentionText(of id: EntityID, in sentence: Evidence, ids: [EntityID]) -> String {
        entities.indices.filter { ids[$0] == id }
            .compactMap { entities[$0].firstMention(in: sentence) }
            .min { ($0.start, $0.end) < ($1.start, $1.end) }?.text ?? ""
    }
}

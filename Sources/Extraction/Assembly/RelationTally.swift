import Graph

/// What a ``GraphBuilder`` keeps of the records of one relation: how many sentences
/// state it and where, the first of them with the words that name its two ends, and
/// the most confident rule, but not every sentence.
///
/// Tallies merge in any order to the same tally.
struct RelationTally: Sendable {
    /// The first sentence (in `Evidence` order) that states the relation.
    private(set) var evidence: Evidence
    /// The words of `evidence` that name the head and the tail ("" where none does).
    private(set) var ends: EndMentions
    /// How many distinct sentences state it.
    private var count = 1
    /// The documents of the sentences, with repeats, in no order.
    private var documents: [String]
    /// The highest confidence of a record, and its rule (ties: the rule first in order).
    private var confidence: Double
    private var rule: String

    /// The tally of one sentence that states the relation.
    init(evidence: Evidence, ends: EndMentions, confidence: Double, rule: String) {
        self.evidence = evidence
        self.ends = ends
        documents = [evidence.document]
        self.confidence = min(max(confidence, 0), 1)
        self.rule = rule
    }

    /// The same tally with head and tail swapped (for a symmetric relation whose ends
    /// are put in another order).
    var reversed: RelationTally {
        var copy = self
        copy.ends = EndMentions(head: ends.tail, tail: ends.head)
        return copy
    }

    /// Takes the more confident rule of another record of the same sentence, which
    /// is stated once however many rules found it.
    mutating func chooseRule(of other: RelationTally) {
        assert(other.evidence == evidence && count == 1, "a repeat of one sentence")
        prefer(confidence: other.confidence, rule: other.rule)
    }

    /// Adds the sentences of another tally of the same relation; no sentence is in both.
    ///
    /// - Complexity: O(*d*) in the other tally's documents.
    mutating func merge(_ other: consuming RelationTally) {
        if other.evidence < evidence {
            evidence = other.evidence
            ends = other.ends
        }
        count += other.count
        documents.append(contentsOf: other.documents)
        prefer(confidence: other.confidence, rule: other.rule)
    }

    /// Keeps `rule` if it is more confident, or as confident and first in order.
    private mutating func prefer(confidence: Double, rule: String) {
        if (self.confidence, rule) < (confidence, self.rule) {
            self.confidence = confidence
            self.rule = rule
        }
    }

    /// The relation with head `head` and tail `tail`, keeping its first sentence and
    /// counting the others (`weight`, `documents`).
    func relation(head: EntityID, kind: RelationKind, tail: EntityID) -> Relation {
        var relation = Relation(head: head, kind: kind, tail: tail, evidence: [evidence], confidence: confidence,
                                rule: rule, weight: Double(count), documents: documents)
        relation.firstEvidenceMentions = ends
        return relation
    }
}

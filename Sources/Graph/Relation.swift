/// What identifies a relation: its kind and its two ends.
///
/// A symmetric relation's ends are stored in id order, so "A partnered with B"
/// and "B partnered with A" have one key.
public struct RelationKey: Hashable, Codable, Comparable, Sendable {
    /// The subject end.
    public let head: EntityID
    /// The relation name.
    public let kind: RelationKind
    /// The object end.
    public let tail: EntityID

    /// Creates a key; symmetric relations are put in id order.
    public init(head: EntityID, kind: RelationKind, tail: EntityID) {
        if kind.isSymmetric && tail < head {
            self.head = tail
            self.tail = head
        } else {
            self.head = head
            self.tail = tail
        }
        self.kind = kind
    }

    /// The unordered pair of ends, for telling typed and co-occurrence edges of one pair apart.
    public var pair: EntityPair { EntityPair(head, tail) }

    /// Orders keys by head, tail, then kind.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.head, lhs.tail, lhs.kind) < (rhs.head, rhs.tail, rhs.kind)
    }
}

/// Two entity ids without direction.
public struct EntityPair: Hashable, Sendable {
    /// The smaller id.
    public let first: EntityID
    /// The larger id.
    public let second: EntityID

    /// Creates the pair of two ids in either order.
    public init(_ a: EntityID, _ b: EntityID) {
        (first, second) = a < b ? (a, b) : (b, a)
    }
}

/// A typed, directed link between two entities with the sentences that state it.
public struct Relation: Hashable, Codable, Sendable {
    /// The kind and ends.
    public let key: RelationKey
    /// The sentences that state the relation, sorted and without repeats.
    public private(set) var evidence: [Evidence]
    /// How sure the rule that found it is, in [0, 1].
    public var confidence: Double
    /// The name of the rule or model that found it.
    public var rule: String

    /// How the first evidence sentence refers to the head and the tail, kept for a
    /// relation read from a file, whose entities' mentions are not at hand.
    public var firstEvidenceMentions: EndMentions?
    /// How many sentences state it (or, for `co_occurs_with`, name both ends).
    public private(set) var weight: Double
    /// The documents of the evidence, sorted.
    public private(set) var documents: [String]

    /// Creates a relation stated by the given sentences. A graph read from a file
    /// keeps one sentence of each relation: `weight` and `documents` then say how
    /// many sentences stated it and where (at least the evidence given).
    public init(head: EntityID, kind: RelationKind, tail: EntityID, evidence: [Evidence],
                confidence: Double = 1, rule: String, weight: Double? = nil, documents: [String] = []) {
        precondition(head != tail, "a relation links two different entities")
        self.key = RelationKey(head: head, kind: kind, tail: tail)
        self.evidence = evidence.sortedWithoutRepeats()
        self.confidence = min(max(confidence, 0), 1)
        self.rule = rule
        self.weight = max(weight ?? 0, Double(max(self.evidence.count, 1)))
        var named = documents
        for item in evidence where named.last != item.document { named.append(item.document) }
        self.documents = named.sortedWithoutRepeats()
    }

    /// The relation name.
    public var kind: RelationKind { key.kind }
    /// The subject end.
    public var head: EntityID { key.head }
    /// The object end.
    public var tail: EntityID { key.tail }


    /// Adds another record of the same relation: the evidence is united and the
    /// highest confidence (with its rule) is kept.
    ///
    /// - Complexity: O(*e* log *e*) in the number of evidence sentences.
    public mutating func absorb(_ other: Relation) {
        self = Relation.merging([self, other])
    }

    /// One relation from several records of it (the same key): the evidence united,
    /// the highest confidence with its rule (ties: the rule first in order).
    ///
    /// - Precondition: `records` is not empty and all have one key.
    /// - Complexity: O(*e* log *e*) in the number of evidence sentences of all records.
    public static func merging(_ records: [Relation]) -> Relation {
        precondition(!records.isEmpty, "merging needs a record")
        precondition(records.allSatisfy { $0.key == records[0].key }, "only records of one relation are merged")
        var result = records[0]
        guard records.count > 1 else { return result }
        result.evidence = records.flatMap(\.evidence).sortedWithoutRepeats()
        let unkept = records.reduce(0) { $0 + $1.weight - Double(max($1.evidence.count, 1)) }
        result.weight = Double(max(result.evidence.count, 1)) + unkept
        result.documents = records.flatMap(\.documents).sortedWithoutRepeats()
        result.firstEvidenceMentions = records.filter { $0.firstEvidenceMentions != nil && $0.evidence.first == result.evidence.first }
            .compactMap(\.firstEvidenceMentions).min()
        let best = records.max { a, b in (a.confidence, b.rule) < (b.confidence, a.rule) }!
        result.confidence = best.confidence
        result.rule = best.rule
        return result
    }
}

/// The words of a sentence that refer to a relation's two ends.
public struct EndMentions: Hashable, Codable, Comparable, Sendable {
    /// The words that refer to the head.
    public var head: String
    /// The words that refer to the tail.
    public var tail: String

    /// Creates the pair.
    public init(head: String, tail: String) {
        self.head = head
        self.tail = tail
    }

    /// Orders pairs by head, then tail.
    public static func < (lhs: EndMentions, rhs: EndMentions) -> Bool { (lhs.head, lhs.tail) < (rhs.head, rhs.tail) }
}

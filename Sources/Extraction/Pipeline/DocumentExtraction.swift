import Graph

/// An entity found in one document, before resolution across documents.
public struct ExtractedEntity: Hashable, Sendable {
    /// The canonical name within the document (replaced by the corpus name after resolution).
    public var label: String
    /// The voted type.
    public var type: EntityType
    /// Its mentions in the document, in order.
    public var mentions: [Mention]
    /// How sure the type vote is, in [0, 1].
    public var confidence: Double
    /// Attributes the text states, such as an event's `date`.
    public var attributes: [String: String]

    /// Creates an extracted entity.
    public init(label: String, type: EntityType, mentions: [Mention], confidence: Double, attributes: [String: String] = [:]) {
        self.label = label
        self.type = type
        self.mentions = mentions
        self.confidence = confidence
        self.attributes = attributes
    }
}

/// A relation found in one document between two of its entities (by index).
public struct ExtractedRelation: Hashable, Sendable {
    /// Index of the head entity in `DocumentExtraction.entities`.
    public var head: Int
    /// The relation name.
    public var kind: RelationKind
    /// Index of the tail entity.
    public var tail: Int
    /// The sentence that states it.
    public var evidence: Evidence
    /// How sure the rule is, in [0, 1].
    public var confidence: Double
    /// The rule that found it.
    public var rule: String

    /// Creates an extracted relation.
    public init(head: Int, kind: RelationKind, tail: Int, evidence: Evidence, confidence: Double, rule: String) {
        self.head = head
        self.kind = kind
        self.tail = tail
        self.evidence = evidence
        self.confidence = confidence
        self.rule = rule
    }
}

/// Everything extracted from one document.
public struct DocumentExtraction: Hashable, Sendable {
    /// The document's name.
    public var document: String
    /// Its entities, ordered by first mention.
    public var entities: [ExtractedEntity]
    /// Its relations, typed and co-occurrence.
    public var relations: [ExtractedRelation]

    /// Creates a document's extraction.
    public init(document: String, entities: [ExtractedEntity], relations: [ExtractedRelation]) {
        self.document = document
        self.entities = entities
        self.relations = relations
    }

    /// Every mention with the label of the entity it resolved to, in document order.
    public var mentions: [(mention: Mention, entity: String)] {
        entities.flatMap { entity in entity.mentions.map { (mention: $0, entity: entity.label) } }
            .sorted { ($0.mention.start, $0.mention.end, $0.entity) < ($1.mention.start, $1.mention.end, $1.entity) }
    }
}

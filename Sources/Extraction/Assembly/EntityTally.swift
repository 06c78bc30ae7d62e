import Graph

/// What a ``GraphBuilder`` keeps of the records of one entity (one per document that
/// names it): counts and sets from which `Entity.merging` of the records would
/// choose its label, type and aliases, but not the mentions themselves.
///
/// Tallies merge in any order to the same tally, so documents may be added in any
/// order and on any number of threads.
struct EntityTally: Sendable {
    /// How many records (documents' entities) the tally holds.
    private(set) var records = 1
    /// The label and type of the first record: the entity's own when there is one record.
    private(set) var firstLabel: String
    private(set) var firstType: EntityType
    /// The labels of the records.
    private(set) var labels: Set<String>
    /// The texts of the mentions that name the entity (candidate aliases).
    private var names: Set<String>
    /// How many mentions use each text, for the label vote.
    private var textCounts: [String: Int] = [:]
    /// How many mentions carry each type, for the type vote.
    private var typeVotes: [EntityType: Int] = [:]
    /// The smallest type of a record, for an entity without mentions.
    private var smallestType: EntityType
    /// How many mentions the records hold.
    private var mentionCount: Int
    /// The documents of the mentions, with repeats, in no order.
    private var documents: [String]
    /// For each attribute, the smallest value any record gives.
    private var attributes: [String: String]
    /// The highest confidence of a record.
    private var confidence: Double

    /// The tally of one document's entity.
    ///
    /// - Complexity: O(*m*) in the entity's mentions.
    init(_ entity: ExtractedEntity) {
        firstLabel = entity.label
        firstType = entity.type
        labels = [entity.label]
        names = entity.names
        for mention in entity.mentions {
            textCounts[mention.text, default: 0] += 1
            typeVotes[mention.type, default: 0] += 1
        }
        smallestType = entity.type
        mentionCount = entity.mentions.count
        documents = []
        for mention in entity.mentions where documents.last != mention.document { documents.append(mention.document) }
        attributes = entity.attributes
        confidence = min(max(entity.confidence, 0), 1)
    }

    /// Gives every record the label `label` (a name resolved across documents).
    mutating func relabel(_ label: String) {
        firstLabel = label
        labels = [label]
    }

    /// Adds the records of another tally of the same entity.
    ///
    /// - Complexity: O(*t* + *d*) in the other tally's distinct texts and documents.
    mutating func merge(_ other: consuming EntityTally) {
        records += other.records
        labels.formUnion(other.labels)
        names.formUnion(other.names)
        textCounts.merge(other.textCounts, uniquingKeysWith: +)
        typeVotes.merge(other.typeVotes, uniquingKeysWith: +)
        smallestType = min(smallestType, other.smallestType)
        mentionCount += other.mentionCount
        documents.append(contentsOf: other.documents)
        for (key, value) in other.attributes where attributes[key].map({ value < $0 }) ?? true {
            attributes[key] = value
        }
        confidence = max(confidence, other.confidence)
    }

    /// The entity the records make, as `Entity.merging` of the records would make it,
    /// but with its mentions counted (`mentionCount`, `documents`) rather than kept.
    ///
    /// - Complexity: O(*t* + *d* log *d*) in distinct texts and documents.
    var entity: Entity {
        guard records > 1 else {
            return Entity(label: firstLabel, type: firstType, aliases: names, confidence: confidence,
                          attributes: attributes, mentionCount: mentionCount, documents: documents)
        }
        let label = labels.max { a, b in
            (textCounts[a, default: 0], a.count, b) < (textCounts[b, default: 0], b.count, a)
        }!
        let voted = typeVotes.filter { $0.value > 0 }.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        return Entity(label: label, type: voted ?? smallestType, aliases: names.union(labels), confidence: confidence,
                      attributes: attributes, mentionCount: mentionCount, documents: documents)
    }
}

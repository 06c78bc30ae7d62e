/// One real-world thing, resolved from all the mentions of it in a corpus.
public struct Entity: Hashable, Codable, Sendable {
    /// The stable id, derived from the canonical label.
    public let id: EntityID
    /// The canonical name.
    public var label: String
    /// The ontology type: the vote of the mentions.
    public var type: EntityType
    /// Other surface forms the entity was mentioned by.
    public var aliases: Set<String>
    /// Every mention, in document order.
    public private(set) var mentions: [Mention]
    /// How sure the extractor is that this is a real entity of this type, in [0, 1].
    public var confidence: Double
    /// Attributes the text states, such as an event's `date` or a person's `role`.
    public var attributes: [String: String]
    /// How many times the entity is mentioned: its mentions, and those a graph
    /// read from a file counted without keeping them.
    public private(set) var mentionCount: Int
    /// The documents the entity is mentioned in, sorted.
    public private(set) var documents: [String]

    /// Creates an entity whose id is derived from its label. A graph read from a
    /// file knows how often and where an entity was mentioned but not the mentions
    /// themselves: `mentionCount` and `documents` carry that (at least the mentions given).
    public init(label: String, type: EntityType, aliases: Set<String> = [], mentions: [Mention] = [],
                confidence: Double = 1, attributes: [String: String] = [:],
                mentionCount: Int? = nil, documents: [String] = []) {
        self.id = EntityID(name: label)
        self.label = label
        self.type = type
        var aliases = aliases
        if !aliases.isEmpty { aliases.remove(label) }
        self.aliases = aliases
        self.mentions = zip(mentions, mentions.dropFirst()).allSatisfy { !($1 < $0) } ? mentions : mentions.sorted()
        self.confidence = min(max(confidence, 0), 1)
        self.attributes = attributes
        self.mentionCount = max(mentionCount ?? 0, mentions.count)
        var named = documents
        for mention in mentions where named.last != mention.document { named.append(mention.document) }
        self.documents = named.sortedWithoutRepeats()
    }

    /// Aliases in a stable order.
    public var sortedAliases: [String] { aliases.sorted() }

    /// Adds another record of the same entity: mentions, aliases and attributes
    /// are united; label and type are chosen again by the vote of all mentions.
    ///
    /// - Complexity: O(*m* log *m*) in the number of mentions of both.
    public mutating func absorb(_ other: Entity) {
        self = Entity.merging([self, other])
    }

    /// One entity from several records of it (the same id): mentions, aliases and
    /// attributes united, the type voted by the mentions, the label the form most
    /// mentions use (then the longest, then the first in order), the highest confidence,
    /// and for each attribute the smallest value. The result does not depend on the
    /// order of the records.
    ///
    /// - Precondition: `records` is not empty and all have one id.
    /// - Complexity: O(*m* log *m*) in the number of mentions of all records.
    public static func merging(_ records: [Entity]) -> Entity {
        precondition(!records.isEmpty, "merging needs a record")
        precondition(records.allSatisfy { $0.id == records[0].id }, "only records of one entity are merged")
        var result = records[0]
        guard records.count > 1 else { return result }
        var mentions = records.flatMap(\.mentions)
        mentions.sortAndRemoveRepeats()
        let uncounted = records.reduce(0) { $0 + $1.mentionCount - $1.mentions.count }
        var aliases = Set<String>()
        var attributes: [String: String] = [:]
        for record in records {
            aliases.formUnion(record.aliases)
            aliases.insert(record.label)
            for (key, value) in record.attributes where attributes[key] == nil || value < attributes[key]! {
                attributes[key] = value
            }
        }
        var textCounts: [String: Int] = [:]
        for mention in mentions { textCounts[mention.text, default: 0] += 1 }
        let labels = Set(records.map(\.label))
        result.label = labels.max { a, b in
            (textCounts[a, default: 0], a.count, b) < (textCounts[b, default: 0], b.count, a)
        }!
        result.mentions = mentions
        result.aliases = aliases.subtracting([result.label])
        result.attributes = attributes
        result.confidence = records.map(\.confidence).max()!
        result.mentionCount = mentions.count + uncounted
        result.documents = records.flatMap(\.documents).sortedWithoutRepeats()
        // Mentions vote for their type; mentions a record counted without keeping vote for its type.
        var votes: [EntityType: Int] = [:]
        for mention in mentions { votes[mention.type, default: 0] += 1 }
        for record in records { votes[record.type, default: 0] += record.mentionCount - record.mentions.count }
        if let voted = votes.filter({ $0.value > 0 }).max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key })?.key {
            result.type = voted
        } else {
            result.type = records.map(\.type).min()!
        }
        return result
    }

    /// The type most mentions carry; ties go to the type listed first in the ontology.
    ///
    /// - Complexity: O(*m*).
    public static func vote(_ types: [EntityType]) -> EntityType? {
        var counts: [EntityType: Int] = [:]
        for type in types { counts[type, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}

extension Entity {
    /// The words of an evidence sentence that refer to the entity, if one of
    /// its mentions is in that sentence.
    ///
    /// - Complexity: O(*m*) in the entity's mentions.
    public func mentionText(in evidence: Evidence) -> String? {
        mentions.first { $0.sentence == evidence }?.text
    }
}

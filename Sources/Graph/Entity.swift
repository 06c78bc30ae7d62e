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

    /// Creates an entity whose id is derived from its label.
    public init(label: String, type: EntityType, aliases: Set<String> = [], mentions: [Mention] = [],
                confidence: Double = 1, attributes: [String: String] = [:]) {
        self.id = EntityID(name: label)
        self.label = label
        self.type = type
        self.aliases = aliases.subtracting([label])
        self.mentions = mentions.sorted()
        self.confidence = min(max(confidence, 0), 1)
        self.attributes = attributes
    }

    /// The documents the entity is mentioned in, sorted.
    ///
    /// - Complexity: O(*m* log *m*) in the number of mentions.
    public var documents: [String] {
        Array(Set(mentions.map(\.document))).sorted()
    }

    /// Aliases in a stable order.
    public var sortedAliases: [String] { aliases.sorted() }

    /// Adds another record of the same entity: mentions, aliases and attributes
    /// are united; label and type are chosen again by the vote of all mentions.
    ///
    /// - Complexity: O(*m* log *m*) in the number of mentions of both.
    public mutating func absorb(_ other: Entity) {
        precondition(other.id == id, "only records of one entity are absorbed")
        let merged = Set(mentions).union(other.mentions)
        mentions = merged.sorted()
        aliases.formUnion(other.aliases)
        aliases.insert(other.label)
        aliases.insert(label)
        for (key, value) in other.attributes where attributes[key] == nil || value < attributes[key]! {
            attributes[key] = value
        }
        confidence = max(confidence, other.confidence)
        if let voted = Entity.vote(mentions.map(\.type)) { type = voted }
        label = Entity.preferredLabel(current: label, candidate: other.label, mentions: mentions)
        aliases.remove(label)
    }

    /// The type most mentions carry; ties go to the type listed first in the ontology.
    ///
    /// - Complexity: O(*m*).
    public static func vote(_ types: [EntityType]) -> EntityType? {
        var counts: [EntityType: Int] = [:]
        for type in types { counts[type, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    private static func preferredLabel(current: String, candidate: String, mentions: [Mention]) -> String {
        func score(_ label: String) -> (Int, Int, String) {
            (mentions.filter { $0.text == label }.count, label.count, label)
        }
        let a = score(current), b = score(candidate)
        if a.0 != b.0 { return a.0 > b.0 ? current : candidate }
        if a.1 != b.1 { return a.1 > b.1 ? current : candidate }
        return min(current, candidate)
    }
}

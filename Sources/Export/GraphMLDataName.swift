/// The names of the GraphML data kg writes for its nodes and edges, the ones
/// its reader looks up (`attr.name` of a key, which is not always its id).
enum GraphMLDataName: Int, CaseIterable {
    case label, type, aliases, mentions, documents, confidence, r, g, b, size
    case relation, evidence, weight, rule, headMention, tailMention

    /// The name as written in `attr.name`.
    var text: String {
        switch self {
        case .label: "label"
        case .type: "type"
        case .aliases: "aliases"
        case .mentions: "mentions"
        case .documents: "documents"
        case .confidence: "confidence"
        case .r: "r"
        case .g: "g"
        case .b: "b"
        case .size: "size"
        case .relation: "relation"
        case .evidence: "evidence"
        case .weight: "weight"
        case .rule: "rule"
        case .headMention: "head_mention"
        case .tailMention: "tail_mention"
        }
    }

    /// The name whose text is `text`, if it is one of kg's.
    init?(text: String) {
        guard let name = Self.allCases.first(where: { $0.text == text }) else { return nil }
        self = name
    }

    /// Whether kg writes the datum for every entity, so that it is no entity
    /// attribute: any other node datum (an `attr_date` key's `date`) is one.
    var isNodeDatum: Bool { rawValue <= Self.size.rawValue }
}

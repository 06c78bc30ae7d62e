/// A GraphML `<key>` declaration: one data attribute of nodes or of edges.
///
/// Ids, names and types are XML NMTOKENs, as the GraphML schema requires.
struct GraphMLKey: Hashable, Sendable {
    /// What a key applies to (the `for` attribute).
    enum Domain: String, Sendable {
        case node, edge
    }

    /// The value type (the `attr.type` attribute).
    enum ValueType: String, Sendable {
        case string, int, float, double
    }

    /// The key id that `<data key="...">` refers to; unique in the file.
    let id: String
    /// Whether the key is for nodes or edges.
    let domain: Domain
    /// The attribute name programs show (`attr.name`).
    let name: String
    /// The value type (`attr.type`).
    let type: ValueType
}

extension GraphMLKey {
    /// The canonical name.
    static let label = GraphMLKey(id: "label", domain: .node, name: "label", type: .string)
    /// The ontology type.
    static let type = GraphMLKey(id: "type", domain: .node, name: "type", type: .string)
    /// Other surface forms, joined by ` | `.
    static let aliases = GraphMLKey(id: "aliases", domain: .node, name: "aliases", type: .string)
    /// The number of mentions in the corpus.
    static let mentions = GraphMLKey(id: "mentions", domain: .node, name: "mentions", type: .int)
    /// The documents an entity appears in, joined by ` | `.
    static let documents = GraphMLKey(id: "documents", domain: .node, name: "documents", type: .string)
    /// The entity's confidence.
    static let confidence = GraphMLKey(id: "confidence", domain: .node, name: "confidence", type: .double)
    /// The red channel of the type's colour (Gephi).
    static let red = GraphMLKey(id: "r", domain: .node, name: "r", type: .int)
    /// The green channel of the type's colour (Gephi).
    static let green = GraphMLKey(id: "g", domain: .node, name: "g", type: .int)
    /// The blue channel of the type's colour (Gephi).
    static let blue = GraphMLKey(id: "b", domain: .node, name: "b", type: .int)
    /// The node size (Gephi), growing with mentions.
    static let size = GraphMLKey(id: "size", domain: .node, name: "size", type: .float)

    /// The relation name from the ontology.
    static let relation = GraphMLKey(id: "relation", domain: .edge, name: "relation", type: .string)
    /// The relation in words, Gephi's edge label; its id differs from the node label's.
    static let edgeLabel = GraphMLKey(id: "edgelabel", domain: .edge, name: "label", type: .string)
    /// How many sentences state the relation.
    static let weight = GraphMLKey(id: "weight", domain: .edge, name: "weight", type: .double)
    /// The first sentence that states the relation.
    static let evidence = GraphMLKey(id: "evidence", domain: .edge, name: "evidence", type: .string)
    /// How the evidence sentence refers to the head: a name, "the company", the verb of an event.
    static let headMention = GraphMLKey(id: "headmention", domain: .edge, name: "head_mention", type: .string)
    /// How the evidence sentence refers to the tail.
    static let tailMention = GraphMLKey(id: "tailmention", domain: .edge, name: "tail_mention", type: .string)
    /// The documents of the evidence, joined by ` | `.
    static let edgeDocuments = GraphMLKey(id: "edgedocuments", domain: .edge, name: "documents", type: .string)
    /// The relation's confidence.
    static let edgeConfidence = GraphMLKey(id: "edgeconfidence", domain: .edge, name: "confidence", type: .double)
    /// The rule or model that found the relation.
    static let rule = GraphMLKey(id: "rule", domain: .edge, name: "rule", type: .string)

    /// The node keys every file declares, in file order.
    static let nodeKeys: [GraphMLKey] = [label, type, aliases, mentions, documents, confidence, red, green, blue, size]

    /// The edge keys every file declares, in file order.
    static let edgeKeys: [GraphMLKey] = [relation, edgeLabel, weight, evidence, headMention, tailMention, edgeDocuments, edgeConfidence, rule]
}

extension GEXFWriter {
    /// A declared GEXF attribute: its id, its title (the name Gephi and
    /// networkx show) and its GEXF type.
    struct Attribute: Hashable, Sendable {
        let id: String
        let title: String
        let type: String

        init(id: String, title: String, type: String) {
            self.id = id
            self.title = title
            self.type = type
        }

        /// The string attribute of an entity attribute, named as in GraphML (`attr_date`, title `date`).
        init(entityAttribute key: GraphMLKey) {
            self.init(id: key.id, title: key.name, type: "string")
        }
    }

    static let type = Attribute(id: "type", title: "type", type: "string")
    static let aliases = Attribute(id: "aliases", title: "aliases", type: "string")
    static let mentions = Attribute(id: "mentions", title: "mentions", type: "integer")
    static let documents = Attribute(id: "documents", title: "documents", type: "string")
    static let confidence = Attribute(id: "confidence", title: "confidence", type: "double")

    static let relation = Attribute(id: "relation", title: "relation", type: "string")
    static let evidence = Attribute(id: "evidence", title: "evidence", type: "string")
    static let edgeDocuments = Attribute(id: "edgedocuments", title: "documents", type: "string")
    static let edgeConfidence = Attribute(id: "edgeconfidence", title: "confidence", type: "double")
    static let rule = Attribute(id: "rule", title: "rule", type: "string")

    /// The attributes every node may carry, before the entity attributes.
    static let nodeAttributes = [type, aliases, mentions, documents, confidence]
    /// The attributes every edge may carry.
    static let edgeAttributes = [relation, evidence, edgeDocuments, edgeConfidence, rule]
}

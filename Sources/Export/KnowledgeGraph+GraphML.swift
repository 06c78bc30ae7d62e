import Graph

extension KnowledgeGraph {
    /// The knowledge graph a GraphML document describes, read the way
    /// `GraphMLWriter` writes one.
    ///
    /// Each node becomes an entity (see `Entity.init(graphML:)`) and each edge
    /// a relation between the entities of its ends (see
    /// `Relation.init(graphML:head:tail:)`); records of one entity or relation
    /// are merged as `add(entities:relations:)` does. Node data `mentions`,
    /// `documents`, `r`, `g`, `b`, `size` and edge data `label` and `weight`
    /// are derived from the rest when writing, so they are not read back; in
    /// particular, entities have no mentions, which GraphML does not carry.
    ///
    /// - Throws: `GraphMLReadError` naming the node or edge that has no or an
    ///   unknown type or relation, a confidence that is not a number, an end
    ///   that is not a node, or two ends that are one entity.
    /// - Complexity: O(*n* + *e*) for *n* nodes and *e* edges, plus merging.
    public init(graphML document: GraphMLDocument) throws(GraphMLReadError) {
        var entities: [Entity] = []
        var entityIDs: [String: EntityID] = [:]
        for node in document.nodes {
            let entity = try Entity(graphML: node)
            entities.append(entity)
            entityIDs[node.id] = entity.id
        }
        var relations: [Relation] = []
        for edge in document.edges {
            guard let head = entityIDs[edge.source], let tail = entityIDs[edge.target] else {
                let missing = entityIDs[edge.source] == nil ? edge.source : edge.target
                throw GraphMLReadError(path: nil, reason: .unknownNode(edge: edge.name, node: missing))
            }
            relations.append(try Relation(graphML: edge, head: head, tail: tail))
        }
        self.init()
        add(entities: entities, relations: relations)
    }
}

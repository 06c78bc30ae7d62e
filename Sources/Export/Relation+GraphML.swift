import Graph

extension Relation {
    /// The relation a GraphML edge describes, between the entities of its ends;
    /// see `init(graphML:head:tail:element:)`.
    ///
    /// - Complexity: O(*d*) in the edge's data.
    init(graphML edge: GraphMLDocument.Edge, head: EntityID, tail: EntityID) throws(GraphMLReadError) {
        try self.init(graphML: edge.data, head: head, tail: tail, element: edge.name)
    }

    /// The relation a GraphML edge describes, between the entities of its
    /// ends: its data read as `RelationDraft` reads them. Errors name the edge as `element`.
    ///
    /// - Complexity: O(*d*) in the edge's data.
    init(graphML data: some GraphMLData, head: EntityID, tail: EntityID,
         element: @autoclosure () -> String) throws(GraphMLReadError) {
        self = try RelationDraft(graphML: data, element: element()).relation(head: head, tail: tail, element: element())
    }
}

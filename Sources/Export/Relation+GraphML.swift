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
    /// ends, by data name: `relation` (required, in the ontology's
    /// vocabulary), `evidence` (one sentence, in the first of `documents`; its
    /// offsets, unknown, are 0), `weight` and `documents` (kept as they are),
    /// `confidence` (1 when absent), `rule`, and `head_mention`/`tail_mention`.
    /// Errors name the edge as `element`.
    ///
    /// - Complexity: O(*d*) in the edge's data.
    init(graphML data: some GraphMLData, head: EntityID, tail: EntityID,
         element: @autoclosure () -> String) throws(GraphMLReadError) {
        guard let kindName = data["relation"]?.description else {
            throw GraphMLReadError(path: nil, reason: .missingRelation(edge: element()))
        }
        guard let kind = RelationKind(rawValue: kindName) else {
            throw GraphMLReadError(path: nil, reason: .unknownRelation(edge: element(), relation: kindName))
        }
        guard head != tail else {
            throw GraphMLReadError(path: nil, reason: .sameEntity(edge: element(), entity: head.rawValue))
        }
        let sentence = data["evidence"]?.description
        let documents = data.list("documents") ?? []
        let document = documents.first
        let evidence = sentence == nil && document == nil
            ? [] : [Evidence(document: document ?? "", start: 0, end: 0, sentence: sentence ?? "")]
        let headWords = data["head_mention"]?.description, tailWords = data["tail_mention"]?.description
        self.init(head: head, kind: kind, tail: tail, evidence: evidence,
                  confidence: try data.number("confidence", of: element()) ?? 1,
                  rule: data["rule"]?.description ?? "",
                  weight: try data.number("weight", of: element()), documents: documents)
        if headWords != nil || tailWords != nil {
            firstEvidenceMentions = EndMentions(head: headWords ?? "", tail: tailWords ?? "")
        }
    }
}

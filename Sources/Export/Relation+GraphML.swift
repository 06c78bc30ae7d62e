import Graph

extension Relation {
    /// The relation a GraphML edge describes, between the entities of its
    /// ends, by data name: `relation` (required, in the ontology's
    /// vocabulary), `evidence` (one sentence, in the first of `documents`; its
    /// offsets, unknown, are 0), `weight` and `documents` (kept as they are),
    /// `confidence` (1 when absent), `rule`, and `head_mention`/`tail_mention`.
    ///
    /// - Complexity: O(*d*) in the edge's data.
    init(graphML edge: GraphMLDocument.Edge, head: EntityID, tail: EntityID) throws(GraphMLReadError) {
        guard let kindName = edge.data["relation"]?.description else {
            throw GraphMLReadError(path: nil, reason: .missingRelation(edge: edge.name))
        }
        guard let kind = RelationKind(rawValue: kindName) else {
            throw GraphMLReadError(path: nil, reason: .unknownRelation(edge: edge.name, relation: kindName))
        }
        guard head != tail else {
            throw GraphMLReadError(path: nil, reason: .sameEntity(edge: edge.name, entity: head.rawValue))
        }
        let sentence = edge.data["evidence"]?.description
        let documents = edge.data["documents"].map {
            $0.description.split(separator: GraphMLWriter.separator, omittingEmptySubsequences: false).map(String.init)
        } ?? []
        let document = documents.first
        let evidence = sentence == nil && document == nil
            ? [] : [Evidence(document: document ?? "", start: 0, end: 0, sentence: sentence ?? "")]
        let headWords = edge.data["head_mention"]?.description, tailWords = edge.data["tail_mention"]?.description
        self.init(head: head, kind: kind, tail: tail, evidence: evidence,
                  confidence: try edge.data.number("confidence", of: edge.name) ?? 1,
                  rule: edge.data["rule"]?.description ?? "",
                  weight: try edge.data.number("weight", of: edge.name), documents: documents)
        if headWords != nil || tailWords != nil {
            firstEvidenceMentions = EndMentions(head: headWords ?? "", tail: tailWords ?? "")
        }
    }
}

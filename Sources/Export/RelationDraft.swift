import Graph

/// What a GraphML edge says about its relation, read and checked before the
/// entities of its ends are known: an edge may come before its nodes, and a
/// file read in parts meets most edges in a part without their nodes.
struct RelationDraft {
    /// The relation name.
    let kind: RelationKind
    /// The one evidence sentence a file keeps, if any.
    let evidence: [Evidence]
    let confidence: Double
    let rule: String
    let weight: Double?
    let documents: [String]
    /// How the evidence sentence refers to the ends, if the edge says.
    let endMentions: EndMentions?

    /// The draft of an edge's data, by data name: `relation` (required, in the
    /// ontology's vocabulary), `evidence` (one sentence, in the first of
    /// `documents`; its offsets, unknown, are 0), `weight` and `documents`
    /// (kept as they are), `confidence` (1 when absent), `rule`, and
    /// `head_mention`/`tail_mention`. Errors name the edge as `element`.
    ///
    /// - Complexity: O(*d*) in the edge's data.
    init(graphML data: some GraphMLData, element: @autoclosure () -> String) throws(GraphMLReadError) {
        guard let kindName = data[.relation]?.description else {
            throw GraphMLReadError(path: nil, reason: .missingRelation(edge: element()))
        }
        guard let kind = RelationKind(rawValue: kindName) else {
            throw GraphMLReadError(path: nil, reason: .unknownRelation(edge: element(), relation: kindName))
        }
        self.kind = kind
        let sentence = data[.evidence]?.description
        documents = data.list(.documents) ?? []
        let document = documents.first
        evidence = sentence == nil && document == nil
            ? [] : [Evidence(document: document ?? "", start: 0, end: 0, sentence: sentence ?? "")]
        confidence = try data.number(.confidence, of: element()) ?? 1
        rule = data[.rule]?.description ?? ""
        weight = try data.number(.weight, of: element())
        let headWords = data[.headMention]?.description, tailWords = data[.tailMention]?.description
        endMentions = headWords == nil && tailWords == nil ? nil : EndMentions(head: headWords ?? "", tail: tailWords ?? "")
    }

    /// The relation between the entities of the edge's ends; an error naming
    /// the edge as `element` when both are one entity.
    ///
    /// - Complexity: O(*d*) in the draft's evidence and documents.
    func relation(head: EntityID, tail: EntityID, element: @autoclosure () -> String) throws(GraphMLReadError) -> Relation {
        guard head != tail else {
            throw GraphMLReadError(path: nil, reason: .sameEntity(edge: element(), entity: head.rawValue))
        }
        var relation = Relation(head: head, kind: kind, tail: tail, evidence: evidence, confidence: confidence,
                                rule: rule, weight: weight, documents: documents)
        relation.firstEvidenceMentions = endMentions
        return relation
    }
}

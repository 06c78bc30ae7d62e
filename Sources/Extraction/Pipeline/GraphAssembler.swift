import Graph

/// Turns document extractions into one knowledge graph: entities with the
/// same name key become one node, relations are keyed by their ends.
public struct GraphAssembler: Sendable {
    /// How many relation records are gathered before they are merged by key.
    let relationBatchSize: Int

    /// Creates an assembler.
    public init() {
        self.init(relationBatchSize: 1 << 16)
    }

    /// Creates an assembler that merges relation records every `relationBatchSize` records.
    init(relationBatchSize: Int) {
        precondition(relationBatchSize >= 1, "a batch holds at least one record")
        self.relationBatchSize = relationBatchSize
    }

    /// The graph of the given documents; the result does not depend on their order.
    ///
    /// Each extraction is let go as soon as its entities and relations are
    /// made, so a caller that hands over the only copy of `documents` does not
    /// hold every extraction and the whole graph at once. Relation records are
    /// merged by key about every `relationBatchSize` records (merging is associative,
    /// and one document's records always fall in one batch), so the records of
    /// a relation stated in many documents are not all held at once.
    ///
    /// - Complexity: O(*m* log *m* + *r* log *r*) in mentions and relations.
    public func graph(from documents: consuming [DocumentExtraction]) -> KnowledgeGraph {
        var entities: [Entity] = []
        var relations: [Relation] = []
        var merged: [RelationKey: Relation] = [:]
        for index in documents.indices {
            let document = documents[index]
            documents[index] = DocumentExtraction(document: "", entities: [], relations: [])
            var ids: [EntityID] = []
            for entity in document.entities {
                // Names, and an event's own nouns ("the leak"); not "the company" or a verb.
                let aliases = Set(entity.mentions.filter { $0.form == .name || ($0.form == .nominal && entity.type == .event) }.map(\.text))
                let node = Entity(label: entity.label, type: entity.type, aliases: aliases, mentions: entity.mentions,
                                  confidence: entity.confidence, attributes: entity.attributes)
                entities.append(node)
                ids.append(node.id)
            }
            for relation in document.relations where ids[relation.head] != ids[relation.tail] {
                relations.append(Relation(head: ids[relation.head], kind: relation.kind, tail: ids[relation.tail],
                                          evidence: [relation.evidence], confidence: relation.confidence, rule: relation.rule))
            }
            if relations.count >= relationBatchSize { Self.fold(&relations, into: &merged) }
        }
        Self.fold(&relations, into: &merged)
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relationBatches: [Array(merged.values)])
        return graph
    }

    /// Merges `records` into `merged` by key and empties `records`.
    ///
    /// - Complexity: O(*b* + *e* log *e*) for *b* records and the evidence *e* of the keys they touch.
    private static func fold(_ records: inout [Relation], into merged: inout [RelationKey: Relation]) {
        for (key, group) in Dictionary(grouping: records, by: \.key) {
            merged[key] = Relation.merging(merged[key].map { [$0] + group } ?? group)
        }
        records.removeAll(keepingCapacity: true)
    }
}

import Graph

/// Turns document extractions into one knowledge graph that keeps every mention and
/// every sentence: entities with the same name key become one node (`Entity.mentions`),
/// relations are keyed by their ends (`Relation.evidence`).
///
/// `kg build` uses ``GraphBuilder``, which makes the same graph from documents added one
/// at a time but counts mentions and sentences instead of keeping them.
public struct GraphAssembler: Sendable {
    /// Creates an assembler.
    public init() {}

    /// The graph of the given documents, resolved across documents by ``CorpusResolver``;
    /// the result does not depend on their order.
    ///
    /// - Complexity: O(*m* log *m* + *r* log *r*) in mentions and relations.
    public func graph(from documents: [DocumentExtraction]) -> KnowledgeGraph {
        var entities: [Entity] = []
        var relations: [Relation] = []
        for document in documents {
            var ids: [EntityID] = []
            for entity in document.entities {
                let node = Entity(label: entity.label, type: entity.type, aliases: entity.names, mentions: entity.mentions,
                                  confidence: entity.confidence, attributes: entity.attributes)
                entities.append(node)
                ids.append(node.id)
            }
            for relation in document.relations where ids[relation.head] != ids[relation.tail] {
                relations.append(Relation(head: ids[relation.head], kind: relation.kind, tail: ids[relation.tail],
                                          evidence: [relation.evidence], confidence: relation.confidence, rule: relation.rule))
            }
        }
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relations: relations)
        return graph
    }
}

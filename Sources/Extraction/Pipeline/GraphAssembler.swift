import Graph

/// Turns document extractions into one knowledge graph: entities with the
/// same name key become one node, relations are keyed by their ends.
public struct GraphAssembler: Sendable {
    /// Creates an assembler.
    public init() {}

    /// The graph of the given documents; the result does not depend on their order.
    ///
    /// - Complexity: O(*m* log *m* + *r* log *r*) in mentions and relations.
    public func graph(from documents: [DocumentExtraction]) -> KnowledgeGraph {
        var entities: [Entity] = []
        var relations: [Relation] = []
        for document in documents {
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
        }
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relations: relations)
        return graph
    }
}

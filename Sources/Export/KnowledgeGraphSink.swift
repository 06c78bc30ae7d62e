import Graph

/// Turns the nodes and edges of a GraphML document into entities and
/// relations as they are read, the way `KnowledgeGraph.init(graphML:)` does
/// for a whole document, without keeping the document.
final class KnowledgeGraphSink: GraphMLRecordSink {
    /// An edge read before one of its nodes: its relation waits for the entities of its ends.
    private struct PendingEdge {
        let draft: RelationDraft
        let id: String?
        let source: String
        let target: String
        let line: Int

        /// How error messages name the edge.
        var name: String { GraphMLDocument.Edge.name(id: id, source: source, target: target) }
    }

    /// The entities in document order.
    private(set) var entities: [Entity] = []
    /// The relations of edges whose ends were known when they were read.
    private var relations: [Relation] = []
    /// The entity of each node id.
    private(set) var entityIDs: [String: EntityID] = [:]
    /// Edges read before one of their nodes.
    private var pending: [PendingEdge] = []
    /// The attribute name of each key, by key index.
    private var keyNames: [String] = []

    /// Takes a finished node (an entity) or edge (a relation, or pending until its nodes are read).
    ///
    /// - Complexity: O(*d*²) in the record's few data, O(*k*) more when keys were added since the last record.
    func take(_ record: borrowing GraphMLRecord, keys: [GraphMLDocument.Key]) throws(GraphMLReadError) {
        if keys.count != keyNames.count { keyNames = keys.map(\.name) }
        do throws(GraphMLReadError) {
            let data = GraphMLRecordData(values: record.values, filled: record.filled, names: keyNames)
            switch record.kind {
            case .node:
                let id = record.id ?? ""
                let entity = try Entity(graphML: data, id: id, element: "node '\(id)'")
                entities.append(entity)
                entityIDs[id] = entity.id
            case .edge:
                let draft = try RelationDraft(graphML: data, element: record.name)
                if let head = entityIDs[record.source], let tail = entityIDs[record.target] {
                    relations.append(try draft.relation(head: head, tail: tail, element: record.name))
                } else {
                    pending.append(PendingEdge(draft: draft, id: record.id, source: record.source,
                                               target: record.target, line: record.line))
                }
            }
        } catch {
            throw GraphMLReadError(path: nil, line: record.line, reason: error.reason)
        }
    }

    /// Turns the edges read before their nodes into relations, given the
    /// entity of every node id of the document (this sink's and others').
    ///
    /// - Complexity: O(*p*) in the pending edges.
    func resolvePending(with entityIDs: [String: EntityID]) throws(GraphMLReadError) {
        relations.reserveCapacity(relations.count + pending.count)
        for edge in pending {
            guard let head = entityIDs[edge.source], let tail = entityIDs[edge.target] else {
                let missing = entityIDs[edge.source] == nil ? edge.source : edge.target
                throw GraphMLReadError(path: nil, line: edge.line, reason: .unknownNode(edge: edge.name, node: missing))
            }
            do throws(GraphMLReadError) {
                relations.append(try edge.draft.relation(head: head, tail: tail, element: edge.name))
            } catch {
                throw GraphMLReadError(path: nil, line: edge.line, reason: error.reason)
            }
        }
        pending = []
    }

    /// Hands over the relations read, keeping none, so that the caller holds
    /// the only reference and can move them instead of copying.
    func takeRelations() -> [Relation] {
        defer { relations = [] }
        return relations
    }

    /// The graph of everything read: pending edges converted, records of one
    /// entity or relation merged as `KnowledgeGraph.add(entities:relations:)` does.
    ///
    /// - Complexity: O(*n* + *e*) plus merging.
    func graph() throws(GraphMLReadError) -> KnowledgeGraph {
        try resolvePending(with: entityIDs)
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relationBatches: [takeRelations()])
        return graph
    }
}

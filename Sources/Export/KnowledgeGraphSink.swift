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
    /// Whether some edges wait for the entities of their ends.
    var hasPendingEdges: Bool { !pending.isEmpty }
    /// The roles of the document's keys, made again when keys are added.
    private var roles = GraphMLKeyRoles(keys: [])
    /// Called once, with `entityIDs`, when the first edge comes after nodes:
    /// in kg's files all nodes come first, so other parts of the file can
    /// then resolve their edges without waiting for this part to end.
    var nodesBeforeFirstEdge: (([String: EntityID]) -> Void)?

    /// Takes a finished node (an entity) or edge (a relation, or pending until its nodes are read).
    ///
    /// - Complexity: O(*d*) in the record's data, O(*k*) more when keys were added since the last record.
    func take(_ record: borrowing GraphMLRecord, keys: [GraphMLDocument.Key]) throws(GraphMLReadError) {
        if keys.count != roles.names.count { roles = GraphMLKeyRoles(keys: keys) }
        do throws(GraphMLReadError) {
            switch record.kind {
            case .node:
                let data = GraphMLRecordData(values: record.values, filled: record.filled, keys: roles.nodeKeys, roles: roles)
                let id = record.id ?? ""
                let entity = try Entity(graphML: data, id: id, element: "node '\(id)'")
                entities.append(entity)
                entityIDs[id] = entity.id
            case .edge:
                let data = GraphMLRecordData(values: record.values, filled: record.filled, keys: roles.edgeKeys, roles: roles)
                if let publish = nodesBeforeFirstEdge, !entityIDs.isEmpty {
                    nodesBeforeFirstEdge = nil
                    publish(entityIDs)
                }
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
    /// - Throws: an edge's error, or an end that is no node.
    /// - Complexity: O(*p*) in the pending edges.
    func resolvePending(with entityIDs: [String: EntityID]) throws(GraphMLReadError) {
        try resolvePending(with: [entityIDs], requiringAll: true)
    }

    /// Turns the edges read before their nodes whose ends are found in
    /// `nodeMaps` (entities by node id, each map a part of the document's)
    /// into relations; the others stay pending unless `requiringAll`, when an
    /// end found nowhere is an error.
    ///
    /// - Complexity: O(*p* *m*) for *p* pending edges and *m* maps.
    func resolvePending(with nodeMaps: [[String: EntityID]], requiringAll: Bool) throws(GraphMLReadError) {
        func entity(of node: String) -> EntityID? {
            for map in nodeMaps { if let entity = map[node] { return entity } }
            return nil
        }
        relations.reserveCapacity(relations.count + pending.count)
        var unresolved: [PendingEdge] = []
        for edge in pending {
            guard let head = entity(of: edge.source), let tail = entity(of: edge.target) else {
                guard !requiringAll else {
                    let missing = entity(of: edge.source) == nil ? edge.source : edge.target
                    throw GraphMLReadError(path: nil, line: edge.line, reason: .unknownNode(edge: edge.name, node: missing))
                }
                unresolved.append(edge)
                continue
            }
            do throws(GraphMLReadError) {
                relations.append(try edge.draft.relation(head: head, tail: tail, element: edge.name))
            } catch {
                throw GraphMLReadError(path: nil, line: edge.line, reason: error.reason)
            }
        }
        pending = unresolved
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

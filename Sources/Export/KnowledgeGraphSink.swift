import Graph

/// Turns the nodes and edges of a GraphML document into entities and
/// relations as they are read, the way `KnowledgeGraph.init(graphML:)` does
/// for a whole document, without keeping the document.
final class KnowledgeGraphSink: GraphMLRecordSink {
    /// The entities in document order.
    private(set) var entities: [Entity] = []
    /// The relations of edges whose ends were known when they were read.
    private(set) var relations: [Relation] = []
    /// The entity of each node id.
    private var entityIDs: [String: EntityID] = [:]
    /// Edges read before one of their nodes, converted at the end.
    private var pending: [(edge: GraphMLDocument.Edge, line: Int)] = []
    /// The key index of each node and edge attribute name, for the keys counted.
    private var nodeKeys: [String: Int] = [:]
    private var edgeKeys: [String: Int] = [:]
    private var indexedKeyCount = -1

    /// Takes a finished node (an entity) or edge (a relation, or pending until its nodes are read).
    ///
    /// - Complexity: O(*d*) in the record's data, O(*k*) more when keys were added since the last record.
    func take(_ record: borrowing GraphMLRecord, keys: [GraphMLDocument.Key]) throws(GraphMLReadError) {
        if keys.count != indexedKeyCount { index(keys) }
        do throws(GraphMLReadError) {
            switch record.kind {
            case .node:
                let id = record.id ?? ""
                let data = GraphMLRecordData(values: record.values, filled: record.filled, keys: keys, index: nodeKeys)
                let entity = try Entity(graphML: data, id: id, element: "node '\(id)'")
                entities.append(entity)
                entityIDs[id] = entity.id
            case .edge:
                let data = GraphMLRecordData(values: record.values, filled: record.filled, keys: keys, index: edgeKeys)
                if let head = entityIDs[record.source], let tail = entityIDs[record.target] {
                    relations.append(try Relation(graphML: data, head: head, tail: tail, element: record.name))
                } else {
                    var values: [String: GraphMLDocument.Value] = [:]
                    data.forEachDatum { values[$0] = $1 }
                    pending.append((GraphMLDocument.Edge(id: record.id, source: record.source, target: record.target,
                                                         directed: record.directed, data: values), record.line))
                }
            }
        } catch {
            throw GraphMLReadError(path: nil, line: record.line, reason: error.reason)
        }
    }

    /// The graph of everything read: pending edges converted, records of one
    /// entity or relation merged as `KnowledgeGraph.add(entities:relations:)` does.
    ///
    /// - Complexity: O(*n* + *e*) plus merging.
    func graph() throws(GraphMLReadError) -> KnowledgeGraph {
        for (edge, line) in pending {
            guard let head = entityIDs[edge.source], let tail = entityIDs[edge.target] else {
                let missing = entityIDs[edge.source] == nil ? edge.source : edge.target
                throw GraphMLReadError(path: nil, line: line, reason: .unknownNode(edge: edge.name, node: missing))
            }
            do throws(GraphMLReadError) {
                relations.append(try Relation(graphML: edge, head: head, tail: tail))
            } catch {
                throw GraphMLReadError(path: nil, line: line, reason: error.reason)
            }
        }
        pending = []
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relations: relations)
        return graph
    }

    private func index(_ keys: [GraphMLDocument.Key]) {
        nodeKeys = [:]
        edgeKeys = [:]
        for (index, key) in keys.enumerated() {
            if key.domain.applies(to: .node) { nodeKeys[key.name] = index }
            if key.domain.applies(to: .edge) { edgeKeys[key.name] = index }
        }
        indexedKeyCount = keys.count
    }
}

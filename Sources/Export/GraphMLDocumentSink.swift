/// Collects the nodes and edges of a GraphML document as they are read, for `GraphMLDocument`.
final class GraphMLDocumentSink: GraphMLRecordSink {
    /// The nodes in the order they finished.
    private var nodes: [(ordinal: Int, node: GraphMLDocument.Node)] = []
    /// The edges in the order they finished, with their lines for errors about their ends.
    private var edges: [(ordinal: Int, edge: GraphMLDocument.Edge, line: Int)] = []

    /// Takes a finished node or edge with its data by attribute name.
    ///
    /// - Complexity: O(*d*) in the record's data.
    func take(_ record: borrowing GraphMLRecord, keys: [GraphMLDocument.Key]) throws(GraphMLReadError) {
        var data: [String: GraphMLDocument.Value] = Dictionary(minimumCapacity: record.filled.count)
        for index in record.filled { data[keys[index].name] = record.values[index] }
        switch record.kind {
        case .node:
            nodes.append((record.ordinal, GraphMLDocument.Node(id: record.id ?? "", data: data)))
        case .edge:
            edges.append((record.ordinal, GraphMLDocument.Edge(id: record.id, source: record.source, target: record.target,
                                                               directed: record.directed, data: data), record.line))
        }
    }

    /// The nodes and edges in document order, once every edge is checked to join nodes of the document.
    ///
    /// - Complexity: O(*n* + *e*), or O(*n* log *n* + *e* log *e*) when nested graphs finished out of order.
    func finish(nodeIDs: Set<String>, path: String?) throws(GraphMLReadError) -> (nodes: [GraphMLDocument.Node],
                                                                                   edges: [GraphMLDocument.Edge]) {
        if !nodes.indices.allSatisfy({ nodes[$0].ordinal == $0 }) { nodes.sort { $0.ordinal < $1.ordinal } }
        if !edges.indices.allSatisfy({ edges[$0].ordinal == $0 }) { edges.sort { $0.ordinal < $1.ordinal } }
        for (_, edge, line) in edges {
            for end in [edge.source, edge.target] where !nodeIDs.contains(end) {
                throw GraphMLReadError(path: path, line: line, reason: .unknownNode(edge: edge.name, node: end))
            }
        }
        return (nodes.map(\.node), edges.map(\.edge))
    }
}

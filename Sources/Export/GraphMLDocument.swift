/// A GraphML document as read: its key declarations and one graph's nodes and
/// edges with their data by attribute name, whatever program wrote it (kg,
/// Gephi, networkx, yEd).
///
/// Nodes and edges of nested graphs (yEd's groups) are flattened into the one
/// list, in document order; so are those of further top-level graphs.
/// Hyperedges, ports, locators and descriptions are not kept.
public struct GraphMLDocument: Hashable, Sendable {
    /// Whether a graph's edges are directed unless an edge says otherwise.
    public enum EdgeDefault: String, Hashable, Sendable {
        /// Edges go from source to target.
        case directed
        /// Edges have no direction.
        case undirected
    }

    /// A `<node>` with its data.
    public struct Node: Hashable, Sendable {
        /// The node id, unique in the document.
        public var id: String
        /// The values by key `attr.name` (the key id when it has none), key defaults included.
        public var data: [String: Value]

        /// Creates a node.
        public init(id: String, data: [String: Value] = [:]) {
            self.id = id
            self.data = data
        }
    }

    /// An `<edge>` with its data.
    public struct Edge: Hashable, Sendable {
        /// The edge id, if the file gives one.
        public var id: String?
        /// The id of the node the edge starts at.
        public var source: String
        /// The id of the node the edge ends at.
        public var target: String
        /// Whether the edge is directed: its `directed` attribute, else its graph's `edgedefault`.
        public var directed: Bool
        /// The values by key `attr.name` (the key id when it has none), key defaults included.
        public var data: [String: Value]

        /// Creates an edge.
        public init(id: String? = nil, source: String, target: String, directed: Bool, data: [String: Value] = [:]) {
            self.id = id
            self.source = source
            self.target = target
            self.directed = directed
            self.data = data
        }
    }

    /// The `<key>` declarations in file order.
    public var keys: [Key]
    /// The id of the (first top-level) graph, if it has one.
    public var graphID: String?
    /// The `edgedefault` of the (first top-level) graph.
    public var edgeDefault: EdgeDefault
    /// The data of the (first top-level) graph by attribute name.
    public var graphData: [String: Value]
    /// The nodes in document order.
    public var nodes: [Node]
    /// The edges in document order.
    public var edges: [Edge]

    /// Creates a document.
    public init(keys: [Key] = [], graphID: String? = nil, edgeDefault: EdgeDefault = .directed,
                graphData: [String: Value] = [:], nodes: [Node] = [], edges: [Edge] = []) {
        self.keys = keys
        self.graphID = graphID
        self.edgeDefault = edgeDefault
        self.graphData = graphData
        self.nodes = nodes
        self.edges = edges
    }
}

extension GraphMLDocument.Node {
    /// How error messages name the node: `node 'a'`.
    var name: String { "node '\(id)'" }
}

extension GraphMLDocument.Edge {
    /// How error messages name the edge: `edge 'e0' (a -> b)`, or `edge a -> b` without an id.
    var name: String { Self.name(id: id, source: source, target: target) }

    /// How error messages name an edge with this id and these ends.
    static func name(id: String?, source: String, target: String) -> String {
        id.map { "edge '\($0)' (\(source) -> \(target))" } ?? "edge \(source) -> \(target)"
    }
}

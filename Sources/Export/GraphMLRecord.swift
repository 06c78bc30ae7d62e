/// A `<node>` or `<edge>` being read: its attributes and its values by key index.
///
/// The builder keeps one per open node or edge and reuses them, so reading
/// allocates nothing per record but its strings.
struct GraphMLRecord {
    /// Whether the record is a node or an edge.
    enum Kind {
        case node, edge
    }

    /// Whether the record is a node or an edge.
    var kind = Kind.node
    /// The `id` attribute (always present on a node).
    var id: String?
    /// An edge's `source` attribute.
    var source = ""
    /// An edge's `target` attribute.
    var target = ""
    /// Whether an edge is directed.
    var directed = true
    /// The line of the start tag.
    var line = 0
    /// How many records of its kind started before it: its place in document order
    /// (records of nested graphs finish before the node that holds them).
    var ordinal = 0
    /// The values by key index, `nil` where the record has none.
    private(set) var values: [GraphMLDocument.Value?] = []
    /// The key indices that have values, in the order they were set.
    private(set) var filled: [Int] = []

    /// Empties the record for reuse with `keyCount` keys.
    ///
    /// - Complexity: O(*f* + *k*) for *f* values held and *k* new keys.
    mutating func reset(kind: Kind, line: Int, keyCount: Int) {
        for index in filled { values[index] = nil }
        filled.removeAll(keepingCapacity: true)
        if values.count < keyCount { values.append(contentsOf: repeatElement(nil, count: keyCount - values.count)) }
        self.kind = kind
        self.line = line
        id = nil
        source = ""
        target = ""
        directed = true
    }

    /// Sets the value of key `index`; `false` if the record already had one.
    ///
    /// - Complexity: amortized O(1).
    mutating func set(_ value: GraphMLDocument.Value, at index: Int) -> Bool {
        if index >= values.count { values.append(contentsOf: repeatElement(nil, count: index + 1 - values.count)) }
        guard values[index] == nil else { return false }
        values[index] = value
        filled.append(index)
        return true
    }

    /// How error messages name the record: `node 'a'`, `edge 'e0' (a -> b)` or `edge a -> b`.
    var name: String {
        switch kind {
        case .node: "node '\(id ?? "")'"
        case .edge: GraphMLDocument.Edge.name(id: id, source: source, target: target)
        }
    }
}

/// Where the builder hands each finished node and edge, with the document's keys.
protocol GraphMLRecordSink: AnyObject {
    /// Takes a finished node or edge, key defaults filled in.
    func take(_ record: borrowing GraphMLRecord, keys: [GraphMLDocument.Key]) throws(GraphMLReadError)
}

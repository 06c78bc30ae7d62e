/// A read-only index of a knowledge graph for fast queries: entities get dense
/// integer indices in id order, and relations are kept as adjacency lists.
///
/// Build it once per graph; it is a value and does not change when the graph does.
public struct GraphIndex: Hashable, Sendable {
    /// One stored relation seen from one of its ends.
    struct Edge: Hashable, Sendable {
        /// The index of the other end.
        let other: Int
        /// The relation name.
        let kind: RelationKind
        /// The relation's weight (its number of evidence sentences).
        let weight: Double
        /// The position of the relation in `relationKeys`.
        let relation: Int
    }

    /// The indexed graph.
    public let graph: KnowledgeGraph
    /// Entity ids in sorted order; an entity's index is its position here.
    public let ids: [EntityID]
    /// Relation keys in sorted order.
    let relationKeys: [RelationKey]
    private let positions: [EntityID: Int]
    /// Row starts of `outgoing` and `incoming` by entity index.
    let outOffsets: [Int], inOffsets: [Int]
    /// Relations by head (sorted by tail index, then kind) and by tail (sorted by head index, then kind).
    let outgoing: [Edge], incoming: [Edge]
    /// Links in both directions, weights of all relations of a pair summed.
    let undirected: Adjacency
    /// Links head -> tail, plus tail -> head for symmetric kinds, weights summed per ordered pair.
    let forward: Adjacency
    /// Links head -> tail as stored, weights summed per ordered pair (the simple DiGraph view).
    let stored: Adjacency

    /// Indexes a graph.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r*) for *n* entities and *r* relations
    ///   (the sorts; everything else is O(*n* + *r*)).
    public init(_ graph: KnowledgeGraph) {
        self.graph = graph
        ids = graph.entities.keys.sorted()
        var positions: [EntityID: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() { positions[id] = index }
        self.positions = positions
        relationKeys = graph.relations.keys.sorted()
        let n = ids.count
        var outCounts = [Int](repeating: 0, count: n + 1), inCounts = outCounts
        var ends: [(head: Int, tail: Int, weight: Double)] = []
        ends.reserveCapacity(relationKeys.count)
        for key in relationKeys {
            let head = positions[key.head]!, tail = positions[key.tail]!
            ends.append((head, tail, graph.relations[key]!.weight))
            outCounts[head + 1] += 1
            inCounts[tail + 1] += 1
        }
        for i in 0..<n {
            outCounts[i + 1] += outCounts[i]
            inCounts[i + 1] += inCounts[i]
        }
        let placeholder = Edge(other: 0, kind: .coOccursWith, weight: 0, relation: 0)
        var outgoing = [Edge](repeating: placeholder, count: relationKeys.count), incoming = outgoing
        var outCursor = outCounts, inCursor = inCounts
        // Keys are sorted by (head, tail, kind), so out rows come out sorted; in rows
        // are filled in head order, and each head's tails are distinct, so they are sorted too.
        for (position, end) in ends.enumerated() {
            let kind = relationKeys[position].kind
            outgoing[outCursor[end.head]] = Edge(other: end.tail, kind: kind, weight: end.weight, relation: position)
            outCursor[end.head] += 1
            incoming[inCursor[end.tail]] = Edge(other: end.head, kind: kind, weight: end.weight, relation: position)
            inCursor[end.tail] += 1
        }
        self.outOffsets = outCounts
        self.inOffsets = inCounts
        self.outgoing = outgoing
        self.incoming = incoming
        var both: [(source: Int, target: Int, weight: Double)] = [], ahead = both
        both.reserveCapacity(2 * ends.count)
        ahead.reserveCapacity(ends.count)
        for end in ends {
            both.append((end.head, end.tail, end.weight))
            both.append((end.tail, end.head, end.weight))
            ahead.append((end.head, end.tail, end.weight))
        }
        var forwardLinks = ahead
        for (position, end) in ends.enumerated() where relationKeys[position].kind.isSymmetric {
            forwardLinks.append((end.tail, end.head, end.weight))
        }
        undirected = Adjacency(nodeCount: n, links: both)
        forward = Adjacency(nodeCount: n, links: forwardLinks)
        stored = Adjacency(nodeCount: n, links: ahead)
    }

    /// The number of entities.
    public var count: Int { ids.count }

    /// The dense index of an entity, or nil if it is not in the graph.
    ///
    /// - Complexity: O(1) on average.
    public func index(of id: EntityID) -> Int? { positions[id] }

    /// The relations whose head is the entity at `index`.
    ///
    /// - Complexity: O(1).
    func outEdges(_ index: Int) -> ArraySlice<Edge> { outgoing[outOffsets[index]..<outOffsets[index + 1]] }

    /// The relations whose tail is the entity at `index`.
    ///
    /// - Complexity: O(1).
    func inEdges(_ index: Int) -> ArraySlice<Edge> { incoming[inOffsets[index]..<inOffsets[index + 1]] }
}

/// A path between two entities and its length or cost.
public struct GraphPath: Hashable, Sendable {
    /// The entities along the path, from source to target inclusive.
    public let ids: [EntityID]
    /// The number of links for an unweighted path; the summed link costs for a weighted one.
    public let cost: Double

    /// Creates a path.
    public init(ids: [EntityID], cost: Double) {
        self.ids = ids
        self.cost = cost
    }

    /// The number of links on the path.
    public var length: Int { ids.count - 1 }
}

extension GraphIndex {
    /// The links a traversal may follow: both ways, or head -> tail (symmetric kinds both ways).
    func links(directed: Bool) -> Adjacency { directed ? forward : undirected }

    /// A path with the fewest links, found by breadth-first search.
    ///
    /// Undirected by default; with `directed`, relations are followed head -> tail only,
    /// symmetric ones both ways. Ties go to the path whose nodes were discovered
    /// first, visiting neighbours in index (id) order.
    ///
    /// - Returns: The path with `cost` equal to its length, or nil if either id is
    ///   unknown or the target is unreachable.
    /// - Complexity: O(*n* + *r*).
    public func shortestPath(from source: EntityID, to target: EntityID, directed: Bool = false) -> GraphPath? {
        guard let start = index(of: source), let goal = index(of: target) else { return nil }
        let adjacency = links(directed: directed)
        var parent = [Int](repeating: -1, count: count)
        parent[start] = start
        var queue = [start]
        var head = 0
        while head < queue.count, parent[goal] < 0 {
            let node = queue[head]
            head += 1
            for position in adjacency.row(node) where parent[adjacency.targets[position]] < 0 {
                parent[adjacency.targets[position]] = node
                queue.append(adjacency.targets[position])
            }
        }
        guard parent[goal] >= 0 else { return nil }
        let nodes = trace(parent, to: goal)
        return GraphPath(ids: nodes.map { ids[$0] }, cost: Double(nodes.count - 1))
    }

    /// The number of links from an entity to every entity it reaches, by breadth-first search.
    ///
    /// - Returns: Distances by id, including the source at 0; empty for an unknown id.
    /// - Complexity: O(*n* + *r*).
    public func distances(from source: EntityID, directed: Bool = false) -> [EntityID: Int] {
        guard let start = index(of: source) else { return [:] }
        let adjacency = links(directed: directed)
        var distance = [Int](repeating: -1, count: count)
        distance[start] = 0
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for position in adjacency.row(node) where distance[adjacency.targets[position]] < 0 {
                distance[adjacency.targets[position]] = distance[node] + 1
                queue.append(adjacency.targets[position])
            }
        }
        return Dictionary(uniqueKeysWithValues: queue.map { (ids[$0], distance[$0]) })
    }

    /// A path of least cost, found by Dijkstra's algorithm.
    ///
    /// The cost of a link between two entities is 1 / *w*, where *w* is the summed
    /// weight (evidence count) of all relations joining them in the allowed
    /// direction(s): well-attested links are cheap. Ties between equal costs go to
    /// the lower node index (id order).
    ///
    /// - Returns: The path with its total cost, or nil if either id is unknown or the
    ///   target is unreachable.
    /// - Complexity: O((*n* + *r*) log *n*).
    public func cheapestPath(from source: EntityID, to target: EntityID, directed: Bool = false) -> GraphPath? {
        guard let start = index(of: source), let goal = index(of: target) else { return nil }
        let adjacency = links(directed: directed)
        var cost = [Double](repeating: .infinity, count: count)
        var parent = [Int](repeating: -1, count: count)
        var done = [Bool](repeating: false, count: count)
        cost[start] = 0
        parent[start] = start
        var heap = MinHeap()
        heap.push(cost: 0, node: start)
        while let (current, node) = heap.pop() {
            guard !done[node] else { continue }
            done[node] = true
            if node == goal { break }
            for position in adjacency.row(node) {
                let next = adjacency.targets[position]
                let candidate = current + 1 / adjacency.weights[position]
                if !done[next], candidate < cost[next] || (candidate == cost[next] && node < parent[next]) {
                    cost[next] = candidate
                    parent[next] = node
                    heap.push(cost: candidate, node: next)
                }
            }
        }
        guard parent[goal] >= 0 else { return nil }
        return GraphPath(ids: trace(parent, to: goal).map { ids[$0] }, cost: cost[goal])
    }

    private func trace(_ parent: [Int], to goal: Int) -> [Int] {
        var nodes = [goal]
        while parent[nodes[nodes.count - 1]] != nodes[nodes.count - 1] { nodes.append(parent[nodes[nodes.count - 1]]) }
        return nodes.reversed()
    }
}

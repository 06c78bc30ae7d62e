extension GraphIndex {
    /// The indices of the entities within `hops` links of `start`, ignoring direction,
    /// in breadth-first order.
    ///
    /// - Complexity: O(*v* + *e*) for the *v* entities reached and the *e* links at them.
    func reach(from start: Int, hops: Int) -> [Int] {
        var distance = [start: 0]
        var order = [start]
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            let steps = distance[node]!
            guard steps < hops else { continue }
            for position in undirected.row(node) where distance[undirected.targets[position]] == nil {
                distance[undirected.targets[position]] = steps + 1
                order.append(undirected.targets[position])
            }
        }
        return order
    }

    /// The ego network of an entity: every entity within `hops` links of it
    /// (direction ignored) and every relation among those entities.
    ///
    /// - Returns: A new graph; empty if the entity is unknown.
    /// - Complexity: O(*v* log *v* + *e*) for the *v* entities reached and the *e*
    ///   relations at them (plus the cost of adding them to the new graph).
    public func egoNetwork(of id: EntityID, hops: Int) -> KnowledgeGraph {
        guard let start = index(of: id) else { return KnowledgeGraph() }
        let reached = reach(from: start, hops: max(hops, 0)).sorted()
        let members = Set(reached)
        var result = KnowledgeGraph()
        for node in reached { result.add(graph.entities[ids[node]]!) }
        for node in reached {
            for edge in outEdges(node) where members.contains(edge.other) {
                result.add(graph.relations[relationKeys[edge.relation]]!)
            }
        }
        return result
    }
}

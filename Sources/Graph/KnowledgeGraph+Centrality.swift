extension GraphIndex {
    /// The degree of every entity: the number of stored relations it is an end of,
    /// each relation counted once (in-degree plus out-degree, as networkx
    /// `MultiDiGraph.degree()` counts one edge per relation). Parallel relations
    /// of one pair count separately; a symmetric relation counts once at each end.
    ///
    /// - Complexity: O(*n*).
    public func degrees() -> [EntityID: Int] {
        var result: [EntityID: Int] = [:]
        result.reserveCapacity(count)
        for node in 0..<count {
            result[ids[node]] = outOffsets[node + 1] - outOffsets[node] + inOffsets[node + 1] - inOffsets[node]
        }
        return result
    }

    /// PageRank by power iteration, matching `networkx.pagerank(G, alpha: damping, weight="weight")`.
    ///
    /// The graph is read as a simple directed graph: each stored relation is one
    /// edge head -> tail (a symmetric relation too, in its stored id order), and the
    /// edge weight of an ordered pair is the summed weight of its relations.
    /// Entities without out-edges (dangling) spread their rank uniformly.
    /// Iteration stops when the L1 change is below `count * tolerance` or after
    /// `maxIterations`, whichever comes first; the result sums to 1.
    ///
    /// - Complexity: O(*k* (*n* + *r*)) for *k* iterations.
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 200) -> [EntityID: Double] {
        let n = count
        guard n > 0 else { return [:] }
        var outWeight = [Double](repeating: 0, count: n)
        for node in 0..<n {
            for position in stored.row(node) { outWeight[node] += stored.weights[position] }
        }
        let uniform = 1 / Double(n)
        var rank = [Double](repeating: uniform, count: n)
        for _ in 0..<maxIterations {
            var next = [Double](repeating: 0, count: n)
            var dangling = 0.0
            for node in 0..<n {
                guard outWeight[node] > 0 else {
                    dangling += rank[node]
                    continue
                }
                let share = rank[node] / outWeight[node]
                for position in stored.row(node) { next[stored.targets[position]] += share * stored.weights[position] }
            }
            var change = 0.0
            for node in 0..<n {
                next[node] = damping * (next[node] + dangling * uniform) + (1 - damping) * uniform
                change += abs(next[node] - rank[node])
            }
            rank = next
            if change < Double(n) * tolerance { break }
        }
        let total = rank.reduce(0, +)
        var result: [EntityID: Double] = [:]
        result.reserveCapacity(n)
        for node in 0..<n { result[ids[node]] = rank[node] / total }
        return result
    }
}

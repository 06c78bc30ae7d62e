extension GraphIndex {
    /// Communities found by the Louvain method, maximising modularity on the
    /// undirected view (the weights of all relations of a pair summed).
    ///
    /// Deterministic: nodes are visited in index (id) order, a node moves only for a
    /// strictly positive gain (ties go to the lower community number), and
    /// communities are renumbered in order of their lowest member at each level.
    /// Each community is sorted by id; communities are sorted by size, largest
    /// first, then by smallest id.
    ///
    /// - Complexity: O(*p* (*n* + *r*)) per level for *p* passes over the nodes; in
    ///   practice a few levels of a few passes.
    public func communities() -> [[EntityID]] {
        var level = LouvainLevel(undirected, count: count)
        var membership = Array(0..<count)
        while let (moved, groups) = level.localMoves() {
            for node in 0..<count { membership[node] = moved[membership[node]] }
            level = level.aggregated(by: moved, groups: groups)
        }
        var groups = [[Int]](repeating: [], count: (membership.max() ?? -1) + 1)
        for node in 0..<count { groups[membership[node]].append(node) }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return groups.map { $0.map { ids[$0] } }
    }

    /// The modularity of a partition on the undirected view (weights of a pair's
    /// relations summed), as `networkx.community.modularity` computes it; entities
    /// missing from the partition count as one community each.
    ///
    /// - Complexity: O(*n* + *r*).
    public func modularity(of partition: [[EntityID]]) -> Double {
        var community = Array(partition.count..<(partition.count + count))
        for (number, members) in partition.enumerated() {
            for id in members { if let node = index(of: id) { community[node] = number } }
        }
        var total = 0.0, inside = 0.0
        var degree = [Double](repeating: 0, count: count)
        for node in 0..<count {
            for position in undirected.row(node) {
                degree[node] += undirected.weights[position]
                if community[node] == community[undirected.targets[position]] { inside += undirected.weights[position] }
            }
            total += degree[node]
        }
        guard total > 0 else { return 0 }
        var summed: [Int: Double] = [:]
        for node in 0..<count { summed[community[node], default: 0] += degree[node] }
        return inside / total - summed.values.reduce(0) { $0 + ($1 / total) * ($1 / total) }
    }
}

/// One level of the Louvain method: a weighted undirected graph with self-loops.
struct LouvainLevel {
    /// Links to other nodes (both directions listed).
    private var links: [[(node: Int, weight: Double)]]
    /// Each node's self-loop weight.
    private var loops: [Double]

    /// The first level: the index's undirected view.
    init(_ adjacency: Adjacency, count: Int) {
        links = (0..<count).map { node in adjacency.row(node).map { (adjacency.targets[$0], adjacency.weights[$0]) } }
        loops = [Double](repeating: 0, count: count)
    }

    private init(links: [[(node: Int, weight: Double)]], loops: [Double]) {
        self.links = links
        self.loops = loops
    }

    /// Moves nodes between communities until no move raises modularity.
    ///
    /// - Returns: The community number of each node (numbered by lowest member) and
    ///   the number of communities, or nil if no node moved.
    /// - Complexity: O(*p* (*n* + *r*)) for *p* passes.
    func localMoves() -> (community: [Int], groups: Int)? {
        let n = links.count
        let degree = (0..<n).map { node in links[node].reduce(2 * loops[node]) { $0 + $1.weight } }
        let twiceTotal = degree.reduce(0, +)
        guard twiceTotal > 0 else { return nil }
        var community = Array(0..<n)
        var total = degree
        var anyMove = false
        var toCommunity = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var improved = true
        while improved {
            improved = false
            for node in 0..<n {
                let current = community[node]
                touched.removeAll(keepingCapacity: true)
                for link in links[node] {
                    let target = community[link.node]
                    if toCommunity[target] == 0 { touched.append(target) }
                    toCommunity[target] += link.weight
                }
                total[current] -= degree[node]
                let scale = degree[node] / twiceTotal
                var best = current
                var bestGain = toCommunity[current] - total[current] * scale
                for target in touched.sorted() {
                    let gain = toCommunity[target] - total[target] * scale
                    if gain > bestGain + 1e-12 {
                        best = target
                        bestGain = gain
                    }
                }
                for target in touched { toCommunity[target] = 0 }
                total[best] += degree[node]
                if best != current {
                    community[node] = best
                    improved = true
                    anyMove = true
                }
            }
        }
        guard anyMove else { return nil }
        var renumbered = [Int](repeating: -1, count: n)
        var groups = 0
        for node in 0..<n where renumbered[community[node]] < 0 {
            renumbered[community[node]] = groups
            groups += 1
        }
        return (community.map { renumbered[$0] }, groups)
    }

    /// The next level: one node per community, links summed, inner links as self-loops.
    ///
    /// - Complexity: O(*n* + *r*).
    func aggregated(by community: [Int], groups: Int) -> LouvainLevel {
        var summed = [[Int: Double]](repeating: [:], count: groups)
        var newLoops = [Double](repeating: 0, count: groups)
        for node in 0..<links.count {
            let from = community[node]
            newLoops[from] += loops[node]
            for link in links[node] {
                let to = community[link.node]
                if to == from { newLoops[from] += link.weight / 2 } else { summed[from][to, default: 0] += link.weight }
            }
        }
        let newLinks = summed.map { row in row.keys.sorted().map { (node: $0, weight: row[$0]!) } }
        return LouvainLevel(links: newLinks, loops: newLoops)
    }
}

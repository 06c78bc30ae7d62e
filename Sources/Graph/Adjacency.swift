/// Compressed sparse rows of weighted links between dense node indices:
/// the links of node `i` are `targets[offsets[i]..<offsets[i + 1]]`, sorted by
/// target, each target once, with the weights of merged links summed.
struct Adjacency: Hashable, Sendable {
    /// Row starts; `offsets.count` is the number of nodes plus one.
    let offsets: [Int]
    /// Target node of each link.
    let targets: [Int]
    /// Summed weight of each link.
    let weights: [Double]

    /// Builds rows for `nodeCount` nodes from (source, target, weight) links.
    ///
    /// - Complexity: O(*n* + *r* log *d*) for *r* links and maximum degree *d*.
    init(nodeCount: Int, links: [(source: Int, target: Int, weight: Double)]) {
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for link in links { counts[link.source + 1] += 1 }
        for i in 0..<nodeCount { counts[i + 1] += counts[i] }
        var cursor = counts
        var raw = [(target: Int, weight: Double)](repeating: (0, 0), count: links.count)
        for link in links {
            raw[cursor[link.source]] = (link.target, link.weight)
            cursor[link.source] += 1
        }
        var offsets = [0]
        offsets.reserveCapacity(nodeCount + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        targets.reserveCapacity(links.count)
        weights.reserveCapacity(links.count)
        for node in 0..<nodeCount {
            let row = raw[counts[node]..<counts[node + 1]].sorted { $0.target < $1.target }
            for link in row {
                if targets.count > offsets[node], targets[targets.count - 1] == link.target {
                    weights[weights.count - 1] += link.weight
                } else {
                    targets.append(link.target)
                    weights.append(link.weight)
                }
            }
            offsets.append(targets.count)
        }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The link positions of a node's row.
    ///
    /// - Complexity: O(1).
    func row(_ node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }
}

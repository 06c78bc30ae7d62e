extension GraphIndex {
    /// The weakly connected components: entities joined by relations in either
    /// direction. Each component is sorted by id; components are sorted by size,
    /// largest first, then by their smallest id. Isolated entities are components of one.
    ///
    /// - Complexity: O(*n* + *r*) plus O(*n* log *n*) to sort.
    public func connectedComponents() -> [[EntityID]] {
        var component = [Int](repeating: -1, count: count)
        var groups: [[Int]] = []
        for root in 0..<count where component[root] < 0 {
            component[root] = groups.count
            var members = [root]
            var head = 0
            while head < members.count {
                let node = members[head]
                head += 1
                for position in undirected.row(node) where component[undirected.targets[position]] < 0 {
                    component[undirected.targets[position]] = groups.count
                    members.append(undirected.targets[position])
                }
            }
            groups.append(members.sorted())
        }
        // Roots are visited in index order, so each group's first member is its smallest.
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return groups.map { $0.map { ids[$0] } }
    }
}

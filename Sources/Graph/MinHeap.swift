/// A binary min-heap of (cost, node) ordered by cost, then node index.
struct MinHeap {
    private var items: [(cost: Double, node: Int)] = []

    private static func less(_ a: (cost: Double, node: Int), _ b: (cost: Double, node: Int)) -> Bool {
        a.cost != b.cost ? a.cost < b.cost : a.node < b.node
    }

    /// Adds an item.
    ///
    /// - Complexity: O(log *k*) for *k* items.
    mutating func push(cost: Double, node: Int) {
        items.append((cost, node))
        var child = items.count - 1
        while child > 0, MinHeap.less(items[child], items[(child - 1) / 2]) {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    /// Removes and returns the least item.
    ///
    /// - Complexity: O(log *k*) for *k* items.
    mutating func pop() -> (cost: Double, node: Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let least = items.removeLast()
        var parent = 0
        while true {
            var smallest = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < items.count && MinHeap.less(items[child], items[smallest]) {
                smallest = child
            }
            guard smallest != parent else { return least }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

import Foundation
import Graph

/// What the parts of a GraphML file read at once share: the node ids each
/// part has published, so that a part can resolve its edges as soon as it has
/// read them; the one table all parts put their relations into, each as soon
/// as it is done while others still read; and the entities of every part, for
/// the graph of entities made while the last relations go into the table.
///
/// Safe to use from several threads: every access holds a lock.
final class GraphMLPartAssembly: @unchecked Sendable {
    private let condition = NSCondition()
    /// The size of the whole file, to foresee the table's size from a part's.
    private let fileSize: Int
    private let partCount: Int
    /// The entity of each node id, by part, as far as each part has published.
    private var nodeMaps: [Int: [String: EntityID]] = [:]
    /// The relations of the parts that are done.
    private var table = RelationTable()
    /// How many relations the table has been given.
    private var relationCount = 0
    /// The entities of each part read, by part; `nil` for a part that failed.
    private var entities: [Int: [Entity]?] = [:]
    /// The graph of all entities, once made.
    private var entityGraph: KnowledgeGraph?

    /// An assembly for a file of `fileSize` bytes read in `partCount` parts.
    init(fileSize: Int, partCount: Int) {
        self.fileSize = fileSize
        self.partCount = partCount
    }

    /// Publishes the entity of each node id part `part` has read so far.
    ///
    /// - Complexity: O(1).
    func publish(_ entityIDs: [String: EntityID], of part: Int) {
        condition.withLock { nodeMaps[part] = entityIDs }
    }

    /// The node maps the other parts have published, in part order.
    ///
    /// - Complexity: O(*t*) in the parts.
    func nodeMaps(besides part: Int) -> [[String: EntityID]] {
        condition.withLock { nodeMaps.keys.sorted().filter { $0 != part }.map { nodeMaps[$0]! } }
    }

    /// Records that part `part` is read, with its entities in document order
    /// and the entity of each of its node ids, or that it failed (`nil`).
    func finishReading(_ part: Int, entities partEntities: [Entity]?, entityIDs: [String: EntityID]?) {
        condition.withLock {
            entities[part] = partEntities
            if let entityIDs, !entityIDs.isEmpty { nodeMaps[part] = entityIDs }
            condition.broadcast()
        }
    }

    /// Puts a part's relations into the table. The first part sizes the table
    /// for the whole file as if every part held relations as densely as it does.
    ///
    /// - Complexity: O(*r*) on average in the relations, while holding the lock.
    func insert(_ relations: consuming [Relation], partSize: Int) {
        // Not `withLock`: a closure would capture the relations and make the table copy them.
        condition.lock()
        defer { condition.unlock() }
        let foreseen = relationCount == 0 && partSize > 0
            ? Int((Double(relations.count) * Double(fileSize) / Double(partSize)).rounded(.up)) : 0
        relationCount += relations.count
        table.reserveCapacity(max(foreseen, relationCount))
        table.insert(relations)
    }

    /// Waits until every part is read, then makes the graph of all their
    /// entities (in document order, merged as `KnowledgeGraph.add(entities:relations:)`
    /// merges them), unless a part failed. Called while no lock is held, by a
    /// thread that has no part left to read.
    ///
    /// - Complexity: O(*n*) on average in the entities, plus merging.
    func makeEntityGraph() {
        condition.lock()
        while entities.count < partCount { condition.wait() }
        let parts = (0..<partCount).map { entities[$0]! }
        condition.unlock()
        guard !parts.contains(where: { $0 == nil }) else { return }
        var graph = KnowledgeGraph()
        graph.add(entities: parts.flatMap { $0! }, relationBatches: [])
        condition.withLock { entityGraph = graph }
    }

    /// The graph of all entities with the table's relations, handing both
    /// over; `nil` if the entity graph was not made (a part failed).
    ///
    /// - Precondition: every relation's ends are entities read.
    func takeGraph() -> KnowledgeGraph? {
        condition.lock()
        defer { condition.unlock() }
        guard var graph = entityGraph else { return nil }
        entityGraph = nil
        var relations = RelationTable()
        swap(&relations, &table)
        graph.add(consume relations)
        return graph
    }
}

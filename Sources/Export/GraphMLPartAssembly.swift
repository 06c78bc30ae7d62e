import Foundation
import Graph

/// What the parts of a GraphML file read at once share: the node ids each
/// part has published, so that a part can resolve its edges as soon as it has
/// read them (or, when it was read before the nodes, as soon as a part
/// publishes them); the one table all parts put their relations into, each as
/// soon as it is done while others still read; and the entities of every part,
/// for the graph of entities made while the last relations go into the table.
///
/// Safe to use from several threads: every access holds a lock.
final class GraphMLPartAssembly: @unchecked Sendable {
    private let condition = NSCondition()
    /// The size of the whole file, to foresee the table's size from a part's.
    private let fileSize: Int
    private let partCount: Int
    /// The entity of each node id, by part, as far as each part has published.
    private var nodeMaps: [Int: [String: EntityID]] = [:]
    /// How many times node maps were published.
    private var publications = 0
    /// The parts read whose edges wait for nodes no part had published yet.
    private var waiting: [KnowledgeGraphSink] = []
    /// Whether resolving a waiting part's edges failed.
    private var failed = false
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
        condition.withLock {
            nodeMaps[part] = entityIDs
            publications += 1
        }
    }

    /// The node maps published so far, in part order, and how many
    /// publications they are (to tell later whether more came).
    ///
    /// - Complexity: O(*t*) in the parts.
    func publishedNodeMaps() -> (maps: [[String: EntityID]], publications: Int) {
        condition.withLock { (nodeMaps.keys.sorted().map { nodeMaps[$0]! }, publications) }
    }

    /// Sets aside a part whose edges still wait for nodes, unless node maps
    /// were published after the `publications` it resolved with: then it
    /// returns `false` and the caller tries again.
    func wait(_ sink: KnowledgeGraphSink, resolvedWith publications: Int) -> Bool {
        condition.withLock {
            guard publications == self.publications else { return false }
            waiting.append(sink)
            return true
        }
    }

    /// Takes the parts set aside to wait for nodes, keeping none.
    func takeWaiting() -> [KnowledgeGraphSink] {
        condition.withLock {
            defer { waiting = [] }
            return waiting
        }
    }

    /// Records that resolving a part's edges failed: the assembly gives no graph.
    func fail() {
        condition.withLock { failed = true }
    }

    /// Records that part `part` is read, with its entities in document order
    /// and the entity of each of its node ids, or that it failed (`nil`).
    func finishReading(_ part: Int, entities partEntities: [Entity]?, entityIDs: [String: EntityID]?) {
        condition.withLock {
            entities[part] = partEntities
            if let entityIDs, !entityIDs.isEmpty {
                nodeMaps[part] = entityIDs
                publications += 1
            }
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
    /// over; `nil` if a part failed.
    ///
    /// - Precondition: every relation's ends are entities read.
    func takeGraph() -> KnowledgeGraph? {
        condition.lock()
        defer { condition.unlock() }
        guard !failed, var graph = entityGraph else { return nil }
        entityGraph = nil
        var relations = RelationTable()
        swap(&relations, &table)
        graph.add(consume relations)
        return graph
    }
}

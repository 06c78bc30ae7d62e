import Foundation
import Graph

/// What the parts of a GraphML file read at once share: the node ids each
/// part has published, so that a part can resolve its edges as soon as it has
/// read them (or, when it was read before the nodes, as soon as a part
/// publishes them); the one table all parts put their relations into, each as
/// soon as it is done while others still read; and the graph of the entities,
/// to which each part's are added, in part order, as soon as they are read.
///
/// Safe to use from several threads: every access holds a lock.
final class GraphMLPartAssembly: @unchecked Sendable {
    private let lock = NSLock()
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
    /// The graph of the entities of the first `entityPartsAdded` parts.
    private var entityGraph = KnowledgeGraph()
    private var entityPartsAdded = 0
    /// Whether a thread is adding entities to `entityGraph` (outside the lock, one thread at a time).
    private var addingEntities = false
    /// Whether an entity id came in two parts: the entity graph is then made
    /// again from all parts at the end, so that the records of that entity
    /// merge in one go, as in one pass.
    private var entityInTwoParts = false

    /// An assembly for a file of `fileSize` bytes read in `partCount` parts.
    init(fileSize: Int, partCount: Int) {
        self.fileSize = fileSize
        self.partCount = partCount
    }

    /// Publishes the entity of each node id part `part` has read so far.
    ///
    /// - Complexity: O(1).
    func publish(_ entityIDs: [String: EntityID], of part: Int) {
        lock.withLock { storeNodeMap(entityIDs, of: part) }
    }

    /// Keeps a part's node map and counts the publication; the lock is held.
    private func storeNodeMap(_ entityIDs: [String: EntityID], of part: Int) {
        nodeMaps[part] = entityIDs
        publications += 1
    }

    /// The node maps published so far, in part order, and how many
    /// publications they are (to tell later whether more came).
    ///
    /// - Complexity: O(*t*) in the parts.
    func publishedNodeMaps() -> (maps: [[String: EntityID]], publications: Int) {
        lock.withLock { (nodeMaps.keys.sorted().map { nodeMaps[$0]! }, publications) }
    }

    /// Sets aside a part whose edges still wait for nodes, unless node maps
    /// were published after the `publications` it resolved with: then it
    /// returns `false` and the caller tries again.
    func wait(_ sink: KnowledgeGraphSink, resolvedWith publications: Int) -> Bool {
        lock.withLock {
            guard publications == self.publications else { return false }
            waiting.append(sink)
            return true
        }
    }

    /// Takes the parts set aside to wait for nodes, keeping none.
    func takeWaiting() -> [KnowledgeGraphSink] {
        lock.withLock {
            defer { waiting = [] }
            return waiting
        }
    }

    /// Records that resolving a part's edges failed: the assembly gives no graph.
    func fail() {
        lock.withLock { failed = true }
    }

    /// Records that part `part` is read, with its entities in document order
    /// and the entity of each of its node ids, or that it failed (`nil`).
    func finishReading(_ part: Int, entities partEntities: [Entity]?, entityIDs: [String: EntityID]?) {
        lock.withLock {
            entities[part] = partEntities
            if let entityIDs, !entityIDs.isEmpty { storeNodeMap(entityIDs, of: part) }
        }
    }

    /// Adds the entities of the parts read so far to the entity graph, in part
    /// order, up to the first part not read yet; returns at once if another
    /// thread is doing it (it then adds what was read meanwhile too).
    ///
    /// - Complexity: O(*n*) on average in the entities added, plus merging.
    func addEntitiesRead() {
        lock.lock()
        guard !addingEntities else {
            lock.unlock()
            return
        }
        addingEntities = true
        var graph = KnowledgeGraph()
        swap(&graph, &entityGraph)
        while !entityInTwoParts, let read = entities[entityPartsAdded] {
            lock.unlock()
            let partEntities = read ?? []
            let seen = partEntities.contains { graph.entities[$0.id] != nil }
            if !seen { graph.add(entities: partEntities, relationBatches: []) }
            lock.lock()
            if seen { entityInTwoParts = true } else { entityPartsAdded += 1 }
        }
        swap(&graph, &entityGraph)
        addingEntities = false
        lock.unlock()
    }

    /// Puts a part's relations into the table. The first part sizes the table
    /// for the whole file as if every part held relations as densely as it does.
    ///
    /// - Complexity: O(*r*) on average in the relations, while holding the lock.
    func insert(_ relations: consuming [Relation], partSize: Int) {
        // Not `withLock`: a closure would capture the relations and make the table copy them.
        lock.lock()
        defer { lock.unlock() }
        let foreseen = relationCount == 0 && partSize > 0
            ? Int((Double(relations.count) * Double(fileSize) / Double(partSize)).rounded(.up)) : 0
        relationCount += relations.count
        table.reserveCapacity(max(foreseen, relationCount))
        table.insert(relations)
    }

    /// The graph of all entities with the table's relations, handing both
    /// over; `nil` if a part failed. Called once every part is read and no
    /// other thread uses the assembly.
    ///
    /// - Precondition: every relation's ends are entities read.
    func takeGraph() -> KnowledgeGraph? {
        addEntitiesRead()
        lock.lock()
        defer { lock.unlock() }
        guard !failed, entities.count == partCount, !entities.values.contains(where: { $0 == nil }) else { return nil }
        var graph = KnowledgeGraph()
        if entityInTwoParts {
            graph.add(entities: (0..<partCount).flatMap { entities[$0]!! }, relationBatches: [])
        } else {
            swap(&graph, &entityGraph)
        }
        var relations = RelationTable()
        swap(&relations, &table)
        graph.add(consume relations)
        return graph
    }
}

import Testing
@testable import Graph

/// Ordering relations on several threads, in runs merged afterwards, must give
/// exactly the one-thread order, which is the order of the keys themselves.
@Suite("Relation order")
struct RelationOrderTests {
    /// The ranks of `graph`'s ids in sorted order.
    private static func ranks(of graph: KnowledgeGraph) -> [EntityID: UInt32] {
        Dictionary(uniqueKeysWithValues: graph.entities.keys.sorted().enumerated().map { ($0.element, UInt32($0.offset)) })
    }

    @Test(arguments: [(2, 1), (2, 7), (3, 50), (5, 333), (8, 1)])
    func runsMergeIntoTheOneThreadOrder(jobs: Int, relationsPerJob: Int) {
        for seed in 0..<4 as Range<UInt64> {
            let graph = GraphNetworkXTests.randomGraph(nodes: 200, edges: 1_500, seed: seed)
            let rank = Self.ranks(of: graph)
            let one = RelationOrder(relations: graph.relations, rank: rank, jobs: 1)
            let many = RelationOrder(relations: graph.relations, rank: rank, jobs: jobs, relationsPerJob: relationsPerJob)
            let sameOrder = many.entries.map(\.index) == one.entries.map(\.index)
            let keyOrder = many.entries.map { graph.relations.keys[$0.index] } == graph.relations.keys.sorted()
            #expect(sameOrder, "seed \(seed): the one-thread order")
            #expect(keyOrder, "seed \(seed): the order of the keys")
        }
    }

    @Test func jobsDoNotChangeTheSortedView() {
        let graph = GraphNetworkXTests.randomGraph(nodes: 300, edges: 2_000, seed: 9)
        let one = graph.sorted, two = graph.sorted(jobs: 2)
        let sameRelations = two.relations.map(\.key) == one.relations.map(\.key)
        let sameEntities = two.entities.map(\.id) == one.entities.map(\.id)
        #expect(sameRelations && sameEntities)
        #expect(two.relations.indices.allSatisfy { two.ends(ofRelationAt: $0) == one.ends(ofRelationAt: $0) })
    }

    @Test func mergeKeepsBothRuns() {
        let index = KnowledgeGraph().relations.startIndex
        let a: [RelationOrder.Entry] = [(1, 0, index), (3, 2, index), (3, 4, index)]
        let b: [RelationOrder.Entry] = [(0, 9, index), (3, 3, index), (7, 0, index)]
        #expect(RelationOrder.merge(a, b).map { [$0.ends, UInt64($0.kind)] } == [[0, 9], [1, 0], [3, 2], [3, 3], [3, 4], [7, 0]])
        #expect(RelationOrder.merge([], b).count == 3 && RelationOrder.merge(a, []).count == 3)
    }

    @Test func emptyGraphHasAnEmptyOrder() {
        #expect(RelationOrder(relations: [:], rank: [:], jobs: 4, relationsPerJob: 1).entries.isEmpty)
    }
}

import Testing
@testable import Graph

/// `KnowledgeGraph.sorted` orders by integer ranks; it must give exactly the
/// order of the ids and keys themselves, and the ends it reports must be the
/// relations' own.
@Suite("Sorted view")
struct SortedViewTests {
    @Test(arguments: [0, 1, 2, 3] as [UInt64])
    func ranksGiveTheKeyOrder(seed: UInt64) {
        let graph = GraphNetworkXTests.randomGraph(nodes: 300, edges: 2_000, seed: seed)
        let sorted = graph.sorted
        #expect(sorted.entities.map(\.id) == graph.entities.keys.sorted())
        #expect(sorted.relations.map(\.key) == graph.relations.keys.sorted())
        for position in sorted.relations.indices {
            let ends = sorted.ends(ofRelationAt: position), relation = sorted.relations[position]
            #expect(sorted.entities[ends.head].id == relation.head && sorted.entities[ends.tail].id == relation.tail)
        }
    }

    @Test func kindsBreakTiesInVocabularyOrder() {
        var graph = KnowledgeGraph()
        let a = Entity(label: "Acme", type: .organization), b = Entity(label: "Beta", type: .organization)
        graph.add(a)
        graph.add(b)
        let kinds: [RelationKind] = [.competitorOf, .acquired, .ownerOf, .partneredWith]
        for kind in kinds {
            graph.add(Relation(head: a.id, kind: kind, tail: b.id, evidence: [], rule: "t"))
        }
        #expect(graph.sorted.relations.map(\.kind) == RelationKind.allCases.filter(kinds.contains))
        #expect(RelationKind.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(RelationKind.coOccursWith.phrase == "co occurs with")
    }
}

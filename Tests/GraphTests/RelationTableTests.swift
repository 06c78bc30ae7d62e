import Testing
@testable import Graph

/// A relation table filled batch by batch, in any order, gives the graph of
/// adding its records one by one.
@Suite("RelationTable")
struct RelationTableTests {
    @Test("batches in any order make the relations of adding the records one by one", arguments: [0, 1, 2, 3, 4])
    func batchesInAnyOrder(seed: UInt64) {
        var random = GraphNetworkXTests.SplitMix64(state: seed)
        let entities = (0..<12).map { Entity(label: "Entity \($0)", type: .organization) }
        let kinds: [RelationKind] = [.coOccursWith, .coOccursWith, .partneredWith, .acquired, .competitorOf]
        let records = (0..<80).compactMap { n -> Relation? in
            let head = entities.randomElement(using: &random)!, tail = entities.randomElement(using: &random)!
            guard head.id != tail.id else { return nil }
            return Relation(head: head.id, kind: kinds.randomElement(using: &random)!, tail: tail.id,
                            evidence: [Evidence(document: "d\(n % 4)", start: n, end: n + 5, sentence: "s\(n)")],
                            confidence: Double(n % 5) / 4, rule: "r\(n % 3)")
        }
        var sequential = KnowledgeGraph()
        for entity in entities { sequential.add(entity) }
        for relation in records { sequential.add(relation) }
        let batches = stride(from: 0, to: records.count, by: 17).map { Array(records[$0..<min($0 + 17, records.count)]) }
        for order in [Array(batches.indices), batches.indices.reversed(), batches.indices.shuffled(using: &random)] {
            var table = RelationTable(capacity: 4)
            for index in order { table.insert(batches[index]) }
            var graph = KnowledgeGraph()
            graph.add(entities: entities, relationBatches: [])
            graph.add(table)
            #expect(graph == sequential)
            #expect(graph.sortedRelations == sequential.sortedRelations)
        }
        #expect(sequential.relations.values.contains { $0.kind == .coOccursWith }, "the records keep some co-occurrences")
        #expect(records.count > sequential.relations.count, "some records merge or are dropped")
    }
}

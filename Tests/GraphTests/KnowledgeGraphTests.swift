import Testing
@testable import Graph

@Suite("KnowledgeGraph")
struct KnowledgeGraphTests {
    private func evidence(_ document: String, _ start: Int) -> Evidence {
        Evidence(document: document, start: start, end: start + 10, sentence: "sentence \(start)")
    }

    private func mention(_ text: String, _ type: EntityType, _ document: String, _ start: Int) -> Mention {
        Mention(document: document, start: start, end: start + text.unicodeScalars.count, text: text, type: type,
                sentence: evidence(document, start))
    }

    @Test("a typed relation replaces co-occurrence of the same pair, in either order")
    func typedRelationWins() {
        for typedFirst in [true, false] {
            var graph = KnowledgeGraph()
            let a = Entity(label: "Acme", type: .organization)
            let b = Entity(label: "Jane Doe", type: .person)
            graph.add(a)
            graph.add(b)
            let typed = Relation(head: b.id, kind: .ceoOf, tail: a.id, evidence: [evidence("d", 0)], rule: "t")
            let cooccurrence = Relation(head: a.id, kind: .coOccursWith, tail: b.id, evidence: [evidence("d", 20)], rule: "c")
            if typedFirst { graph.add(typed); graph.add(cooccurrence) } else { graph.add(cooccurrence); graph.add(typed) }
            #expect(graph.relations.count == 1)
            #expect(graph.sortedRelations.first?.kind == .ceoOf)
        }
    }

    @Test("symmetric relations are stored once whatever the direction")
    func symmetricStoredOnce() {
        var graph = KnowledgeGraph()
        let a = Entity(label: "Acme", type: .organization), b = Entity(label: "Globex", type: .organization)
        graph.add(a)
        graph.add(b)
        graph.add(Relation(head: a.id, kind: .partneredWith, tail: b.id, evidence: [evidence("d", 0)], rule: "r"))
        graph.add(Relation(head: b.id, kind: .partneredWith, tail: a.id, evidence: [evidence("e", 0)], rule: "r"))
        #expect(graph.relations.count == 1)
        #expect(graph.sortedRelations[0].weight == 2)
        #expect(graph.sortedRelations[0].documents == ["d", "e"])
    }

    @Test("merging graphs unites entities by id and votes the type; order does not matter")
    func mergeIsOrderIndependent() {
        var first = KnowledgeGraph()
        first.add(Entity(label: "Hugging Face", type: .platform, mentions: [mention("Hugging Face", .platform, "a", 0), mention("Hugging Face", .platform, "a", 40)]))
        var second = KnowledgeGraph()
        second.add(Entity(label: "HuggingFace", type: .organization, mentions: [mention("HuggingFace", .organization, "b", 5)]))
        var ab = first
        ab.merge(second)
        var ba = second
        ba.merge(first)
        #expect(ab == ba)
        #expect(ab.entities.count == 1)
        let merged = ab.sortedEntities[0]
        #expect(merged.type == .platform)
        #expect(merged.label == "Hugging Face")
        #expect(merged.aliases == ["HuggingFace"])
        #expect(merged.documents == ["a", "b"])
        #expect(merged.mentions.count == 3)
    }

    @Test("adding records in bulk gives the same graph as adding them one by one")
    func bulkEqualsSequential() {
        let records = (0..<6).map { (n: Int) -> Entity in
            let text = n % 2 == 0 ? "Hugging Face" : "HuggingFace"
            let type: EntityType = n % 3 == 0 ? .organization : .platform
            let found = mention(text, type, "d\(n)", n)
            return Entity(label: text, type: type, mentions: [found], confidence: Double(n) / 10,
                          attributes: ["date": "--0\(n + 1)-01"])
        }
        let other = Entity(label: "Acme", type: .organization, mentions: [mention("Acme", .organization, "d0", 50)])
        let relations = (0..<4).map { n in
            Relation(head: records[0].id, kind: n == 3 ? .productOf : .coOccursWith, tail: other.id,
                     evidence: [evidence("d\(n)", n)], confidence: 0.3 + Double(n) / 10, rule: "r\(n)")
        }
        var sequential = KnowledgeGraph()
        for record in records + [other] { sequential.add(record) }
        for relation in relations { sequential.add(relation) }
        var bulk = KnowledgeGraph()
        bulk.add(entities: (records + [other]).reversed(), relations: relations.reversed())
        #expect(bulk.sortedEntities == sequential.sortedEntities)
        #expect(bulk.sortedRelations == sequential.sortedRelations)
        #expect(bulk.sortedRelations.map(\.kind) == [.productOf])
        #expect(bulk.sortedEntities.first { $0.id == records[0].id }?.attributes["date"] == "--01-01")
    }

    @Test("relations added in batches, onto an empty graph or one with typed relations or co-occurrences, give the graph of adding them one by one",
          arguments: [0, 1, 2, 3])
    func batchesEqualSequential(seed: Int) {
        var random = GraphNetworkXTests.SplitMix64(state: UInt64(seed))
        let entities = (0..<8).map { Entity(label: "Entity \($0)", type: .organization) }
        let kinds: [RelationKind] = [.coOccursWith, .coOccursWith, .partneredWith, .acquired, .competitorOf]
        func relations(_ count: Int) -> [Relation] {
            (0..<count).compactMap { n in
                let head = entities.randomElement(using: &random)!, tail = entities.randomElement(using: &random)!
                guard head.id != tail.id else { return nil }
                return Relation(head: head.id, kind: kinds.randomElement(using: &random)!, tail: tail.id,
                                evidence: [evidence("d\(n % 3)", n)], rule: "r")
            }
        }
        let earlier = relations(seed * 4), later = relations(60)
        var sequential = KnowledgeGraph(), bulk = KnowledgeGraph()
        for entity in entities { sequential.add(entity) }
        bulk.add(entities: entities, relations: [])
        for relation in earlier {
            sequential.add(relation)
            bulk.add(relation)
        }
        for relation in later { sequential.add(relation) }
        bulk.add(entities: [], relationBatches: [Array(later[..<20]), [], Array(later[20...])])
        #expect(bulk == sequential)
        #expect(bulk.sortedRelations == sequential.sortedRelations)
        let pairs = Dictionary(grouping: bulk.relations.keys, by: \.pair)
        #expect(pairs.values.allSatisfy { keys in keys.allSatisfy(\.kind.isTyped) || keys.count == 1 },
                "no pair has both a typed relation and a co-occurrence")
    }

    @Test("the type vote breaks ties by ontology order")
    func voteTieBreak() {
        #expect(Entity.vote([.platform, .organization]) == .organization)
        #expect(Entity.vote([.platform, .platform, .organization]) == .platform)
        #expect(Entity.vote([]) == nil)
    }

    @Test("relation names and types are spelled as in the ontology")
    func spelling() {
        #expect(RelationKind.allCases.count == 26)
        #expect(RelationKind.coOccursWith.rawValue == "co_occurs_with")
        #expect(RelationKind.boardMemberOf.phrase == "board member of")
        #expect(EntityType.allCases.map(\.rawValue) == ["Person", "Organization", "Platform", "Event", "Location", "Work", "Product"])
    }
}

@Suite("KnowledgeGraph lookup")
struct KnowledgeGraphLookupTests {
    @Test("names are found by label, alias or id, whatever the case and spacing")
    func lookup() {
        var graph = KnowledgeGraph()
        let face = Entity(label: "Hugging Face", type: .platform, aliases: ["HF Hub"])
        let acme = Entity(label: "Acme", type: .organization)
        graph.add(face)
        graph.add(acme)
        let evidence = Evidence(document: "d", start: 0, end: 4, sentence: "text")
        graph.add(Relation(head: face.id, kind: .productOf, tail: acme.id, evidence: [evidence], rule: "r"))
        #expect(graph.entities(named: "huggingface").map(\.label) == ["Hugging Face"])
        #expect(graph.entities(named: "hf hub").map(\.label) == ["Hugging Face"])
        #expect(graph.entities(named: face.id.rawValue).count == 1)
        #expect(graph.entities(named: "Globex").isEmpty)
        #expect(graph.relations(between: acme.id, and: face.id).map(\.kind) == [.productOf])
    }
}

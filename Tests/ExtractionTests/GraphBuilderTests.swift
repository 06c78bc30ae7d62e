import Graph
import Testing
@testable import Extraction

/// The builder keeps counts instead of mentions and sentences; its graph must carry
/// exactly what the assembler's graph of the resolved extractions carries.
@Suite("Graph builder")
struct GraphBuilderTests {
    /// Articles whose names recur across documents, some only by surname.
    static let texts = GraphAssemblerTests.texts + [
        "Delgado and Reyes met again. Brightline partnered with Chatterly, Reyes said.",
        "Analyst Ann Reyes of Rellis Capital said Quantix Robotics competes with Chatterly.",
    ]

    static func extractions(count: Int = 24) -> [DocumentExtraction] {
        let extractor = Extractor()
        return (0..<count).map { extractor.extract(Document(name: "doc\($0).txt", text: texts[$0 % texts.count])) }
    }

    /// A document made by hand whose one-word "Reyes" and "Tom Reyes" become one
    /// entity once names are resolved, both linked to Chatterly by one sentence.
    static func mergingDocument(name: String) -> DocumentExtraction {
        let text = "Reyes, that is Tom Reyes, runs Chatterly."
        let sentence = Evidence(document: name, start: 0, end: text.unicodeScalars.count, sentence: text)
        func mention(_ words: String, at start: Int, _ type: EntityType) -> Mention {
            precondition(Array(text.unicodeScalars)[start..<(start + words.unicodeScalars.count)].elementsEqual(words.unicodeScalars))
            return Mention(document: name, start: start, end: start + words.unicodeScalars.count, text: words,
                           type: type, sentence: sentence)
        }
        let entities = [
            ExtractedEntity(label: "Reyes", type: .organization, mentions: [mention("Reyes", at: 0, .organization)], confidence: 0.6),
            ExtractedEntity(label: "Tom Reyes", type: .person, mentions: [mention("Tom Reyes", at: 15, .person)], confidence: 0.9),
            ExtractedEntity(label: "Chatterly", type: .organization, mentions: [mention("Chatterly", at: 31, .organization)], confidence: 0.8),
        ]
        let relations = [
            ExtractedRelation(head: 0, kind: .coOccursWith, tail: 2, evidence: sentence, confidence: 0.3, rule: "same-sentence"),
            ExtractedRelation(head: 2, kind: .coOccursWith, tail: 1, evidence: sentence, confidence: 0.3, rule: "same-sentence"),
            ExtractedRelation(head: 1, kind: .ceoOf, tail: 2, evidence: sentence, confidence: 0.7, rule: "runs"),
            ExtractedRelation(head: 0, kind: .ceoOf, tail: 2, evidence: sentence, confidence: 0.8, rule: "runs-short"),
        ]
        return DocumentExtraction(document: name, entities: entities, relations: relations)
    }

    /// Whether a document with these entities keeps its relations until names are resolved.
    static func mayMerge(_ entities: [ExtractedEntity]) -> Bool {
        let ids = entities.map { EntityID(name: $0.label) }
        return EntityEnd.mayMerge(ids: ids, filedAs: zip(entities, ids).map(EntityEnd.init))
    }

    static func built(_ extractions: [DocumentExtraction]) -> KnowledgeGraph {
        var builder = GraphBuilder()
        for extraction in extractions { builder.add(extraction) }
        return builder.graph()
    }

    /// Checks that `compact` holds what `full` holds, but counts mentions instead of keeping them.
    static func expectSame(_ compact: KnowledgeGraph, as full: KnowledgeGraph) {
        #expect(!full.entities.isEmpty)
        #expect(TextFuzzPipeline.differences(built: compact, full: full) == [])
    }

    @Test("the graph is the assembler's, with mentions and sentences counted")
    func sameAsAssembler() {
        let extractions = Self.extractions()
        let full = GraphAssembler().graph(from: CorpusResolver().resolve(extractions))
        #expect(full.relations.values.contains { $0.evidence.count > 1 }, "some relation is stated in several documents")
        #expect(full.entities.values.contains { $0.aliases.contains("Reyes") }, "a surname resolves to a full name")
        Self.expectSame(Self.built(extractions), as: full)
    }

    @Test("entities that become one after resolution share their sentences")
    func documentWhoseEntitiesMerge() {
        let merging = Self.mergingDocument(name: "hand.txt")
        #expect(Self.mayMerge(merging.entities))
        // The first five articles name Tom Reyes but no other Reyes, so "Reyes" resolves to him.
        let extractions = Self.extractions(count: 5) + [merging]
        let full = GraphAssembler().graph(from: CorpusResolver().resolve(extractions))
        let built = Self.built(extractions)
        Self.expectSame(built, as: full)
        let ceo = built.relations[RelationKey(head: EntityID(name: "Tom Reyes"), kind: .ceoOf, tail: EntityID(name: "Chatterly"))]
        #expect(ceo?.documents.contains("hand.txt") == true, "both records of the sentence are Tom Reyes's")
    }

    @Test("a surname shared by two full names is not resolved")
    func ambiguousSurname() {
        // "Reyes" alone, "Tom Reyes" and "Ann Reyes" in other documents: Reyes stays Reyes.
        let extractions = Self.extractions(count: 6).filter { $0.entities.contains { $0.label == "Reyes" || $0.label.hasSuffix(" Reyes") } }
        let full = GraphAssembler().graph(from: CorpusResolver().resolve(extractions))
        Self.expectSame(Self.built(extractions), as: full)
    }

    @Test("documents added in any order, on any number of builders, give one graph", arguments: [1, 2, 3, 7])
    func orderAndSplitDoNotMatter(parts: Int) {
        let extractions = Self.extractions() + [Self.mergingDocument(name: "hand.txt")]
        let whole = Self.built(extractions)
        var builders = Array(repeating: GraphBuilder(), count: parts)
        for (index, extraction) in extractions.reversed().enumerated() { builders[index % parts].add(extraction) }
        var merged = builders.removeLast()
        for builder in builders { merged.merge(builder) }
        #expect(merged.documentCount == extractions.count)
        #expect(merged.graph() == whole)
    }

    @Test("extracting on several threads straight into builders gives the graph of one", arguments: [1, 2, 5])
    func buildsWithJobs(jobs: Int) {
        let documents = (0..<18).map { Document(name: "doc\($0).txt", text: Self.texts[$0 % Self.texts.count]) }
        let builder = Extractor().build(documents, jobs: jobs)
        #expect(builder.documentCount == documents.count)
        #expect(builder.graph() == Self.built(Self.extractions(count: 18)))
    }

    @Test("only a name whose id ends with a one-word name's id may become one with it, in any script")
    func mayMergeByIDSuffix() {
        func entities(_ names: [(String, EntityType)]) -> [ExtractedEntity] {
            names.map { ExtractedEntity(label: $0.0, type: $0.1, mentions: [], confidence: 1) }
        }
        for (names, expected) in [
            ([("Nuñez", .organization), ("Ana Nuñez", .person)], true),
            ([("Nuñez", .person), ("Zoë Ltd", .organization)], false),
            ([("Ωmega", .organization), ("Acme", .organization)], false),
            ([("Acme", .organization), ("ACME", .location)], true),
            ([("Acme Corp", .organization), ("Corp Acme", .organization)], false),
            ([("Reyes", .location), ("Tom Reyes", .person)], false),
        ] as [([(String, EntityType)], Bool)] {
            let found = entities(names)
            #expect(Self.mayMerge(found) == expected, "\(names)")
        }
    }

    @Test("a document without one-word names, or without any two names alike, need not wait")
    func documentsThatNeedNotWait() {
        for extraction in Self.extractions(count: 4) {
            let alike = extraction.entities.contains { entity in
                CorpusResolver.mayTakeFullName(entity) && extraction.entities.contains {
                    $0.label != entity.label && EntityID(name: $0.label).rawValue.hasSuffix(EntityID(name: entity.label).rawValue)
                }
            }
            #expect(Self.mayMerge(extraction.entities) == alike)
        }
    }
}

import Graph
import Testing
@testable import Extraction

@Suite("Extractor")
struct ExtractorTests {
    private let extractor = Extractor()

    private func extract(_ text: String) -> DocumentExtraction {
        extractor.extract(Document(name: "test.txt", text: text))
    }

    private func entity(_ extraction: DocumentExtraction, _ label: String) -> ExtractedEntity? {
        extraction.entities.first { $0.label == label }
    }

    private func has(_ extraction: DocumentExtraction, _ head: String, _ kind: RelationKind, _ tail: String) -> Bool {
        extraction.relations.contains { relation in
            relation.kind == kind && extraction.entities[relation.head].label == head && extraction.entities[relation.tail].label == tail
        }
    }

    @Test("people, organizations, platforms and places are typed from the words around them")
    func typing() {
        let result = extract("""
        Quantix Robotics founder and CEO Maria Delgado spoke in Chicago on Friday.
        The startup released its assistant through the messaging platform Chatterly.
        Delgado said the Quantix Robotics app would ship soon.
        """)
        #expect(entity(result, "Maria Delgado")?.type == .person)
        #expect(entity(result, "Quantix Robotics")?.type == .organization)
        #expect(entity(result, "Chatterly")?.type == .platform)
        #expect(entity(result, "Chicago")?.type == .location)
        #expect(entity(result, "Friday") == nil)
        #expect(entity(result, "Delgado") == nil, "the surname joins the full name")
        #expect(entity(result, "Maria Delgado")?.mentions.count == 2)
    }

    @Test("sentence-initial common words, headings and abbreviations are not entities")
    func noise() {
        let result = extract("""
        How Regulators Reacted to the Merger
        Meanwhile, analysts were surprised. Users complained at 9:00 PM EST.
        Watermarking: the AI tools add marks.
        """)
        #expect(result.entities.isEmpty, "found \(result.entities.map(\.label))")
    }

    @Test("title, possessive, partnership, board and rival relations")
    func relations() {
        let result = extract("""
        Norvale Systems CEO Priya Raman announced the deal on Monday.
        Norvale Systems's new chatbot Brightline will be free.
        Orbitek has partnered with Calloway Media to build models, and Orbitek has invited Tomas Berg to join its board.
        Norvale Systems faces competition from rivals like Orbitek and Zentro Labs.
        """)
        #expect(has(result, "Priya Raman", .ceoOf, "Norvale Systems"))
        #expect(has(result, "Brightline", .productOf, "Norvale Systems"))
        #expect(has(result, "Orbitek", .partneredWith, "Calloway Media") || has(result, "Calloway Media", .partneredWith, "Orbitek"))
        #expect(has(result, "Tomas Berg", .boardMemberOf, "Orbitek"))
        #expect(has(result, "Zentro Labs", .competitorOf, "Norvale Systems"))
    }

    @Test("the main event is named after what it involves, with actor, platform and date")
    func event() {
        let result = extract("""
        The Vexa model leak shocked the industry.
        On March 3rd, a collective calling itself the Night Owls posted Vexa on the code platform Gitward.
        The leak lasted two hours before the files were removed.
        """)
        let event = result.entities.first { $0.type == .event }
        #expect(event?.label == "Vexa leak")
        #expect(event?.attributes["date"] == "--03-03")
        #expect(has(result, "Vexa leak", .involves, "Vexa"))
        #expect(has(result, "Vexa leak", .occurredOn, "Gitward"))
        #expect(has(result, "Night Owls", .participantIn, "Vexa leak"))
    }

    @Test("every typed relation's evidence names both ends")
    func evidence() {
        let result = extract("""
        Norvale Systems CEO Priya Raman announced the deal.
        Orbitek has partnered with Calloway Media, according to Daily Ledger.
        """)
        for relation in result.relations where relation.kind != .coOccursWith {
            for end in [relation.head, relation.tail] {
                let mentions = result.entities[end].mentions.filter { $0.sentence == relation.evidence }
                #expect(!mentions.isEmpty || result.entities[end].type == .event)
            }
        }
    }

    @Test("names resolve across documents")
    func corpus() {
        let first = extract("Analyst Jordan Pike of Rellis Capital expects growth.")
        var second = extractor.extract(Document(name: "b.txt", text: "Pike said the market would recover, Pike added."))
        second = CorpusResolver().resolve([first, second])[1]
        #expect(second.entities.contains { $0.label == "Jordan Pike" })
        let graph = GraphAssembler().graph(from: CorpusResolver().resolve([first, extractor.extract(Document(name: "b.txt", text: "Pike said the market would recover."))]))
        #expect(graph.entities.values.filter { $0.type == .person }.count == 1)
    }

    @Test("roles and valuations become attributes")
    func attributes() {
        let result = extract("""
        Norvale Systems founder and CEO Priya Raman spoke first.
        Later, Tomas Berg, chief executive of Orbitek Labs, replied.
        Investors backed Orbitek Labs, which is valued at $2.5 billion after the round.
        """)
        #expect(entity(result, "Priya Raman")?.attributes["role"] == "founder and CEO of Norvale Systems")
        #expect(entity(result, "Tomas Berg")?.attributes["role"] == "chief executive of Orbitek Labs")
        #expect(entity(result, "Orbitek Labs")?.attributes["valuation"] == "$2.5 billion")
    }

    @Test("passives, copulas and memberships")
    func passives() {
        let result = extract("""
        Brightwave Analytics was acquired by Norvale Systems last year.
        The Quillon app, developed by Orbitek Labs, is free.
        Priya Raman is the chief executive of Zentro Labs.
        Tomas Berg, a member of the Calloway Guild, objected.
        """)
        #expect(has(result, "Norvale Systems", .acquired, "Brightwave Analytics"))
        #expect(has(result, "Quillon", .productOf, "Orbitek Labs"))
        #expect(has(result, "Priya Raman", .ceoOf, "Zentro Labs"))
        #expect(has(result, "Tomas Berg", .memberOf, "Calloway Guild"))
    }

    @Test("runs of capitals that clean down to nothing at a sentence's end do not crash")
    func emptiedRunAtTheEnd() {
        for text in ["Tickets are sold at The", "Meet me in January", "He said: The", "an Israeli", "CEO", "The The The"] {
            let result = extract(text)
            #expect(result.entities.allSatisfy { !$0.mentions.isEmpty }, "\(text)")
        }
    }

    @Test("a clause set off by commas after the subject does not hide the relation")
    func appositives() {
        let result = extract("""
        Orbitek Labs, a Berlin startup founded in 2019 by Priya Raman, has partnered with Calloway Media.
        Norvale Systems, the maker of Brightline, acquired Zentro Labs on Monday.
        """)
        #expect(has(result, "Orbitek Labs", .partneredWith, "Calloway Media") || has(result, "Calloway Media", .partneredWith, "Orbitek Labs"))
        #expect(has(result, "Norvale Systems", .acquired, "Zentro Labs"))
    }
}

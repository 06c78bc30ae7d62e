import Graph

/// A hand-built graph whose names and sentences try every trick: quotes,
/// backslashes, markup, DOT syntax, line breaks, tabs, NUL and other control
/// characters, XML non-characters, emoji and right-to-left text.
enum SampleGraph {
    static let person = "Paul \"PR\" Roetzer \\ <CEO> & co"
    static let breakout = "\"]; node [label=x"
    static let lines = "Line one\nLine two\r\nthree\rfour"
    static let controls = "NUL\u{0}bell\u{7}esc\u{1B}del\u{7F}\u{FFFE}\u{FFFF}end"
    static let emoji = "🚀 Rocket 👩‍👩‍👧 ü"
    static let rightToLeft = "שלום עולם \u{202B}تل أبيب\u{202C}"
    static let event = "Sora \"leak\" </data>"
    static let backslashes = "A\\B\\\tTab\\"
    static let festival = "Tribeca 2024 <&amp;> &lt;"

    /// Every label with its type, in the order the graph is built.
    static let entities: [(label: String, type: EntityType)] = [
        (person, .person), (breakout, .organization), (lines, .platform), (controls, .work),
        (emoji, .product), (rightToLeft, .location), (event, .event), (backslashes, .organization),
        (festival, .event),
    ]

    /// The sample graph; `reversed` adds the same entities and relations in the opposite order.
    static func make(reversed: Bool = false) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let entities = makeEntities()
        let relations = makeRelations()
        for entity in reversed ? entities.reversed() : entities { graph.add(entity) }
        for relation in reversed ? relations.reversed() : relations { graph.add(relation) }
        return graph
    }

    /// A plain graph of `count` entities of every type and about twice as many
    /// relations of every kind and weight, for layout at a realistic size.
    static func large(count: Int) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let types = EntityType.allCases, kinds = RelationKind.allCases
        for index in 0..<count {
            let label = "Entity \(index)"
            graph.add(Entity(label: label, type: types[index % types.count],
                             mentions: (0..<(index % 6)).map { mention(label, types[index % types.count], in: "doc\($0).txt", at: 0) }))
        }
        for index in 0..<(2 * count) {
            let head = index % count, tail = (index * 7 + 1) % count
            guard head != tail else { continue }
            graph.add(relation("Entity \(head)", kinds[index % kinds.count], "Entity \(tail)",
                               (0..<(index % 5)).map { "Sentence \($0) of \(index)." }, rule: "rule"))
        }
        return graph
    }

    /// The id of the sample entity with this label.
    static func id(_ label: String) -> EntityID { EntityID(name: label) }

    /// "In a statement to Daily Ledger, the company said so.": Acme -spoke_to-> Daily Ledger,
    /// the head mentioned only as "the company".
    static func statement() -> KnowledgeGraph {
        let sentence = Evidence(document: "a.txt", start: 0, end: 52, sentence: "In a statement to Daily Ledger, the company said so.")
        let company = Entity(label: "Acme", type: .organization, mentions: [
            Mention(document: "a.txt", start: 32, end: 43, text: "the company", type: .organization, sentence: sentence, form: .nominal),
        ])
        let outlet = Entity(label: "Daily Ledger", type: .organization, mentions: [
            Mention(document: "a.txt", start: 18, end: 30, text: "Daily Ledger", type: .organization, sentence: sentence),
        ])
        var graph = KnowledgeGraph()
        graph.add(company)
        graph.add(outlet)
        graph.add(Relation(head: company.id, kind: .spokeTo, tail: outlet.id, evidence: [sentence], rule: "statement"))
        return graph
    }

    private static func makeEntities() -> [Entity] {
        [
            Entity(label: person, type: .person, aliases: ["Roetzer", "P. R. \"Paul\"\u{0}"],
                   mentions: [mention(person, .person, in: "000.txt", at: 0),
                              mention("Roetzer", .person, in: "001 & <x>.txt", at: 40)],
                   confidence: 0.85, attributes: ["role": "founder\tand CEO", "type": "clashes with the type key"]),
            Entity(label: breakout, type: .organization, aliases: ["\"]; digraph x {"],
                   mentions: [mention(breakout, .organization, in: "000.txt", at: 50)]),
            Entity(label: lines, type: .platform, mentions: [mention("Line one", .platform, in: "002.txt", at: 3)]),
            Entity(label: controls, type: .work, mentions: [mention("NUL", .work, in: "002.txt", at: 9)],
                   confidence: 0.5),
            Entity(label: emoji, type: .product, mentions: [mention("Rocket", .product, in: "003.txt", at: 1)]),
            Entity(label: rightToLeft, type: .location, mentions: [mention("שלום", .location, in: "003.txt", at: 20)]),
            Entity(label: event, type: .event, mentions: (0..<5).map { mention("Sora leak", .event, in: "004.txt", at: $0 * 100) },
                   confidence: 0.7,
                   attributes: ["date": "2024-11-26", "place name": "Hugging\u{1} Face", "": "no name"]),
            Entity(label: backslashes, type: .organization),
            Entity(label: festival, type: .event, attributes: ["date": "--06-05"]),
        ]
    }

    private static func makeRelations() -> [Relation] {
        [
            relation(person, .founderOf, breakout,
                     ["Paul \"PR\" Roetzer founded \"]; node [label=x\u{0} in 2020 & <b>grew</b> it."], rule: "apposition<founder>"),
            relation(person, .ceoOf, breakout, ["Its CEO\tis Paul.", "Paul, chief executive of it,\nsaid so."],
                     confidence: 0.25, rule: "ceo"),
            relation(breakout, .partneredWith, backslashes, ["They partnered \\ \"together\"."], rule: "partner"),
            relation(lines, .coOccursWith, emoji, (0..<5).map { "Sentence \($0) names both.\u{1B}" }, rule: "cooccurrence"),
            relation(person, .participantIn, event, ["Paul joined the Sora leak."], rule: "role"),
            relation(event, .occurredOn, lines, ["It leaked on Line one."], rule: "role"),
            relation(event, .occurredIn, rightToLeft, ["It happened in שלום עולם."], rule: "role"),
            relation(festival, .involves, controls, ["Tribeca showed NUL."], rule: "role"),
            relation(emoji, .productOf, backslashes, [], rule: "gazetteer\u{1}"),
            relation(person, .authorOf, controls, ["Paul wrote NUL."], rule: ""),
        ]
    }

    private static func mention(_ text: String, _ type: EntityType, in document: String, at start: Int) -> Mention {
        let sentence = "A sentence about \(text)."
        return Mention(document: document, start: start, end: start + text.unicodeScalars.count, text: text, type: type,
                       sentence: Evidence(document: document, start: start, end: start + sentence.unicodeScalars.count,
                                          sentence: sentence))
    }

    private static func relation(_ head: String, _ kind: RelationKind, _ tail: String, _ sentences: [String],
                                 confidence: Double = 0.9, rule: String) -> Relation {
        let evidence = sentences.enumerated().map { index, sentence in
            Evidence(document: "00\(index % 3).txt", start: index * 10, end: index * 10 + 5, sentence: sentence)
        }
        return Relation(head: id(head), kind: kind, tail: id(tail), evidence: evidence, confidence: confidence, rule: rule)
    }
}

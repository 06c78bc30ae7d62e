import Graph

/// Small random knowledge graphs whose every string is `HostileText`: 1-6
/// entities with aliases, mentions, documents and attributes, and 0-8
/// relations with evidence, rules, extra documents and stated end mentions.
enum RandomGraph {
    /// Attribute names that mean something to some format, besides random ones.
    static let attributeNames = ["date", "role", "label", "type", "r", "size", "aliases", "attr_date", "",
                                 " ", "a b", "a_b", "a_b_2", "place.name", "valuation", "é", "e\u{301}", "日付"]

    /// The graph of one seed.
    static func make(seed: UInt64) -> KnowledgeGraph {
        var random = SeededRandom(seed: seed)
        var graph = KnowledgeGraph()
        let documents = (0..<1 + random.below(3)).map { _ in HostileText.make(using: &random) }
        var sentences: [Evidence] = []
        for index in 0..<1 + random.below(6) {
            let entity = entity(index, documents: documents, sentences: &sentences, using: &random)
            graph.add(entity)
        }
        let ids = graph.entities.keys.sorted()
        guard ids.count > 1 else { return graph }
        for _ in 0..<random.below(9) {
            let head = random.pick(ids), tail = random.pick(ids)
            guard head != tail else { continue }
            graph.add(relation(head, tail, documents: documents, sentences: sentences, using: &random))
        }
        return graph
    }

    private static func entity(_ index: Int, documents: [String], sentences: inout [Evidence],
                               using random: inout SeededRandom) -> Entity {
        let label = HostileText.name(index, using: &random)
        let type = random.pick(EntityType.allCases)
        var mentions: [Mention] = []
        for _ in 0..<random.below(4) {
            let sentence = evidence(documents: documents, using: &random)
            sentences.append(sentence)
            let text = random.chance(1, in: 2) ? label : HostileText.make(using: &random)
            let start = sentence.start + random.below(5)
            mentions.append(Mention(document: sentence.document, start: start, end: start + 1 + random.below(9),
                                    text: text, type: random.chance(3, in: 4) ? type : random.pick(EntityType.allCases),
                                    sentence: sentence, form: random.pick([.name, .nominal, .verb])))
        }
        var attributes: [String: String] = [:]
        for _ in 0..<random.below(4) {
            let name = random.chance(2, in: 3) ? random.pick(attributeNames) : HostileText.make(using: &random)
            attributes[name] = name == "date" && random.chance(1, in: 2)
                ? random.pick(["2024-11-26", "2024-02-29", "--06-05", "2023-02-29"]) : HostileText.make(using: &random)
        }
        return Entity(label: label, type: type,
                      aliases: Set((0..<random.below(4)).map { _ in HostileText.make(using: &random) }),
                      mentions: mentions, confidence: random.unitInterval(), attributes: attributes,
                      mentionCount: random.chance(1, in: 4) ? mentions.count + random.below(50) : nil,
                      documents: (0..<random.below(3)).map { _ in random.pick(documents) })
    }

    private static func relation(_ head: EntityID, _ tail: EntityID, documents: [String], sentences: [Evidence],
                                 using random: inout SeededRandom) -> Relation {
        var evidence: [Evidence] = []
        for _ in 0..<random.below(4) {
            // A sentence that holds a mention makes the writer state how it refers to the ends.
            evidence.append(!sentences.isEmpty && random.chance(1, in: 2)
                ? random.pick(sentences) : self.evidence(documents: documents, using: &random))
        }
        var relation = Relation(head: head, kind: random.pick(RelationKind.allCases), tail: tail, evidence: evidence,
                                confidence: random.unitInterval(), rule: HostileText.make(using: &random),
                                weight: random.chance(1, in: 4) ? Double(random.below(20)) : nil,
                                documents: (0..<random.below(3)).map { _ in random.pick(documents) })
        if random.chance(1, in: 3) {
            relation.firstEvidenceMentions = EndMentions(head: HostileText.make(using: &random),
                                                         tail: HostileText.make(using: &random))
        }
        return relation
    }

    private static func evidence(documents: [String], using random: inout SeededRandom) -> Evidence {
        let start = random.below(1_000)
        return Evidence(document: random.pick(documents), start: start, end: start + random.below(200),
                        sentence: HostileText.make(using: &random))
    }
}

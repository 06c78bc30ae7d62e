import Graph

/// Finds typed relations stated inside sentences: titles and appositions
/// ("Y founder and CEO X", "X, a researcher at Y"), possessives ("Y's X"),
/// verb frames ("partnered with", "joined ... board", "departed for", "told",
/// "in a statement sent to", "according to"), lists of rivals, and the
/// director of a work.
struct RelationFinder: Sendable {
    /// The typed relations of a document.
    ///
    /// - Complexity: O(*s* · *m*²) for *s* sentences with at most *m* entity spans each.
    func relations(in analyzed: AnalyzedDocument, entities: [LocalEntity], mentions: SentenceMentions) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        let salientOrganization = entities.indices
            .filter { entities[$0].type == .organization }
            .max { (entities[$0].spans.count, -$0) < (entities[$1].spans.count, -$1) }
        for sentence in analyzed.sentences where !sentence.isHeading {
            let placed = mentions[sentence.index]
            guard !placed.isEmpty else { continue }
            let context = RuleContext(sentence: sentence, placed: placed, entities: entities,
                                      salientOrganization: salientOrganization)
            found += context.pairRules()
            found += context.listRules()
            found += context.statementRules()
        }
        return found
    }
}

/// The rules applied to one sentence.
struct RuleContext {
    let sentence: Sentence
    /// The entity spans of the sentence, sorted by position.
    let placed: [PlacedSpan]
    let entities: [LocalEntity]
    let salientOrganization: Int?
    /// The sentence's tokens lower-cased, apostrophes made plain.
    private let words: [String]

    /// Two names further apart than this many tokens are not compared as a pair. The pair
    /// frames read at most 12 words between the names, or 8 after a clause set off by commas
    /// ("X, founded in 2018 by A and B, has partnered with Y"); a clause longer than the rest
    /// of this is not read. The limit keeps the pairs of a sentence linear in its length.
    static let maximumPairGap = 40

    /// Prepares the rules for `sentence`, whose entity spans `placed` are sorted by position.
    init(sentence: Sentence, placed: [PlacedSpan], entities: [LocalEntity], salientOrganization: Int?) {
        self.sentence = sentence
        self.placed = placed
        self.entities = entities
        self.salientOrganization = salientOrganization
        self.words = sentence.tokens.map { $0.text.lowercased().replacingApostrophes() }
    }

    private func type(_ p: PlacedSpan) -> EntityType { entities[p.entity].type }

    /// The lower-cased words between two spans, other entity spans written as `<e>`.
    func between(_ a: PlacedSpan, _ b: PlacedSpan) -> [String] {
        var between: [String] = []
        var k = a.span.tokens.upperBound
        while k < b.span.tokens.lowerBound {
            if let inner = firstPlaced(startingAt: k, endingBy: b.span.tokens.lowerBound) {
                between.append("<e>")
                k = inner.span.tokens.upperBound
            } else {
                between.append(words[k])
                k += 1
            }
        }
        return between
    }

    /// The first span of `placed` that starts at token `start` and ends by token `end`.
    /// The spans are sorted by position, so those starting at one token stand together.
    private func firstPlaced(startingAt start: Int, endingBy end: Int) -> PlacedSpan? {
        var low = 0, high = placed.count
        while low < high {
            let middle = (low + high) / 2
            if placed[middle].span.tokens.lowerBound < start { low = middle + 1 } else { high = middle }
        }
        return placed[low...].prefix { $0.span.tokens.lowerBound == start }.first { $0.span.tokens.upperBound <= end }
    }

    /// The lower-cased words after a span, up to `limit`.
    func after(_ a: PlacedSpan, limit: Int) -> [String] {
        let tokens = sentence.tokens
        let end = min(tokens.count, a.span.tokens.upperBound + limit)
        return Array(words[a.span.tokens.upperBound..<end])
    }

    private func candidate(_ head: PlacedSpan, _ kind: RelationKind, _ tail: PlacedSpan, _ confidence: Double, _ rule: String) -> RelationCandidate? {
        guard head.entity != tail.entity else { return nil }
        return RelationCandidate(head: head.entity, kind: kind, tail: tail.entity, sentence: sentence.index,
                                 confidence: confidence, rule: rule)
    }

    // MARK: Rules on ordered pairs

    func pairRules() -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for (i, a) in placed.enumerated() {
            for b in placed[(i + 1)...] where b.span.start >= a.span.end {
                guard b.span.tokens.lowerBound - a.span.tokens.upperBound <= RuleContext.maximumPairGap else { break }
                let words = between(a, b)
                // "X, founded in 2018 by A and B, has partnered with Y": the clause
                // set off by commas after X does not break the frame between X and Y.
                if let clause = RuleContext.withoutAppositive(words) {
                    guard clause.count <= 8 else { continue }
                    found += rules(a, b, clause)
                    continue
                }
                guard words.count <= 12 else { continue }
                found += rules(a, b, words)
            }
        }
        return found.compactMap { $0 }
    }

    private func rules(_ a: PlacedSpan, _ b: PlacedSpan, _ allWords: [String]) -> [RelationCandidate] {
        let ta = type(a), tb = type(b)
        // An article before the second name ("... on the Daily Show") says nothing.
        var words = allWords
        if words.count > 1, let last = words.last, ["the", "a", "an"].contains(last) { words.removeLast() }
        let text = words.joined(separator: " ")
        let hasInner = words.contains("<e>")
        var out: [RelationCandidate?] = []
        // Possessives: "Y's X".
        if words.first == "'s" || words.first == "'" {
            let modifiers = words.dropFirst()
            let plain = modifiers.allSatisfy { $0 != "<e>" && !RuleContext.clauseWords.contains($0) }
            if modifiers.count <= 7, plain {
                switch (ta, tb) {
                case (.organization, .person) where modifiers.isEmpty:
                    out.append(candidate(b, .employeeOf, a, 0.6, "possessive-person"))
                case (.organization, .platform), (.organization, .product), (.organization, .work):
                    out.append(candidate(b, .productOf, a, modifiers.isEmpty ? 0.75 : 0.7, "possessive-product"))
                case (.event, .event), (.event, .work):
                    out.append(candidate(b, .partOf, a, 0.6, "possessive-part"))
                case (.organization, .organization) where modifiers.contains(where: { ["unit", "subsidiary", "division"].contains($0) }):
                    out.append(candidate(b, .subsidiaryOf, a, 0.6, "possessive-unit"))
                default: break
                }
            }
        }
        // Titles between an organization and a person: "Y founder and CEO X".
        if ta == .organization, tb == .person, !hasInner, !words.isEmpty,
           words.allSatisfy({ RuleContext.titleWords.contains($0) || $0 == "and" || $0 == "," || $0 == "&" || $0 == "'s" }) {
            out += titleRelations(words, person: b, organization: a, rule: "title-before-name")
        }
        // Appositions: "X, founder of Y", "X, a researcher at Y".
        if ta == .person, tb == .organization, words.first == ",", !hasInner,
           let last = words.last, last == "of" || last == "at" || last == "for" {
            let titles = words.dropFirst().filter { RuleContext.titleWords.contains($0) || RuleContext.jobWords.contains($0) }
            if !titles.isEmpty, words.count <= 8 {
                out += titleRelations(Array(words), person: a, organization: b, rule: "apposition")
            }
        }
        // "Avatar director James Cameron".
        if ta == .work, tb == .person, words == ["director"] || words == ["*", "director"] || words == ["_", "director"] {
            out.append(candidate(b, .directorOf, a, 0.8, "work-director"))
        }
        if ta == .person, tb == .work, text.hasSuffix("director of") || text.hasSuffix("directed") {
            out.append(candidate(a, .directorOf, b, 0.7, "directed"))
        }
        // Verb frames.
        if [.organization, .platform].contains(ta), [.organization, .platform].contains(tb), !hasInner,
           RuleContext.partnerCues.contains(where: { text.hasSuffix($0) }) {
            out.append(candidate(a, .partneredWith, b, 0.8, "partnered-with"))
        }
        if ta == .organization, [.organization, .platform].contains(tb), !hasInner,
           RuleContext.acquireCues.contains(where: { text.hasSuffix($0) }) {
            out.append(candidate(a, .acquired, b, 0.75, "acquired"))
        }
        if [.organization, .person].contains(ta), tb == .organization, !hasInner, text.hasSuffix("invested in") || text.hasSuffix("invests in") {
            out.append(candidate(a, .investedIn, b, 0.75, "invested-in"))
        }
        if [.person, .organization].contains(ta), [.organization, .platform].contains(tb), !hasInner,
           ["founded", "co-founded", "cofounded", "launched", "created", "started"].contains(words.last ?? "") {
            out.append(candidate(a, .founderOf, b, words.last == "founded" || words.last == "co-founded" ? 0.8 : 0.5, "founded"))
        }
        if ta == .person, tb == .organization, !hasInner, RuleContext.joinCues.contains(where: { text.hasSuffix($0) }) {
            out.append(candidate(a, .employeeOf, b, 0.65, "joined"))
        }
        // "X joined Y's board", "Y invited X to join its board".
        let tail = after(b, limit: 8).joined(separator: " ")
        if ta == .person, tb == .organization, text.contains("join"), tail.hasPrefix("'s board") || text.hasSuffix("board of") {
            out.append(candidate(a, .boardMemberOf, b, 0.8, "joined-board"))
        }
        if ta == .organization, tb == .person, ["invited", "appointed", "named", "added", "elected", "welcomed"].contains(where: { text.contains($0) }),
           tail.contains("board") {
            out.append(candidate(b, .boardMemberOf, a, 0.75, "invited-to-board"))
        }
        if [.person, .organization].contains(ta), tb == .organization, !hasInner, words.last == "told" || words.last == "tells" {
            out.append(candidate(a, .spokeTo, b, 0.7, "told"))
        }
        if ta == .person, [.work, .platform].contains(tb), !hasInner, words.last == "on" || (words.last == "of" && words.contains("episode")) {
            out.append(candidate(a, .appearedOn, b, 0.6, "appeared-on"))
        }
        if ta == .person, tb == .work, !hasInner, ["wrote", "writes", "author of", "written by"].contains(where: { text.hasSuffix($0) }) {
            out.append(candidate(a, .authorOf, b, 0.7, "wrote"))
        }
        if [.organization, .person].contains(ta), [.event, .work].contains(tb),
           ["funding", "funded", "funds", "sponsored", "sponsors", "sponsoring", "financed"].contains(where: { words.contains($0) }) {
            out.append(candidate(a, .sponsorOf, b, 0.6, "funded"))
        }
        // "X did Y, according to Z"; "X, reported by Z" only within one clause.
        if [.organization, .event, .platform].contains(ta), tb == .organization, !hasInner,
           (text.hasSuffix("according to") && !words.dropLast(3).contains(","))
            || (words.suffix(2) == ["reported", "by"] && words.count <= 4 && !words.contains(",")) {
            out.append(candidate(a, .reportedBy, b, 0.6, "according-to"))
        }
        // Passives: "Y was acquired by X", "Y, founded in 2018 by X", "Y, made by X".
        let undated = RuleContext.withoutDates(words).joined(separator: " ")
        if !hasInner, let passive = RuleContext.passiveCues.first(where: { undated.hasSuffix($0.cue) }),
           passive.tails.contains(ta), passive.heads.contains(tb) {
            // product_of points from the product to its maker; the others from the agent.
            let (head, tail) = passive.kind == .productOf ? (a, b) : (b, a)
            out.append(candidate(head, passive.kind, tail, 0.7, "passive-" + passive.kind.rawValue))
        }
        if !hasInner, ta == .organization || ta == .person, [.organization, .platform, .work].contains(tb),
           words.last == "owns" || words.last == "owned" && words.count == 1 {
            out.append(candidate(a, .ownerOf, b, 0.65, "owns"))
        }
        // "X is the CEO of Y", "X became chief executive of Y", "X, a member of Y".
        if ta == .person, [.organization].contains(tb), !hasInner, let last = words.last, last == "of" || last == "at",
           let first = words.first, ["is", "was", "became", "becomes", "remains", "has", "had", ","].contains(first),
           words.count <= 7, words.dropFirst().contains(where: { RuleContext.titleWords.contains($0) || RuleContext.jobWords.contains($0) || $0 == "member" }) {
            if words.contains("member") && !words.contains("board") {
                out.append(candidate(a, .memberOf, b, 0.7, "member-of"))
            } else if first != "," {
                out += titleRelations(words, person: a, organization: b, rule: "copula-title")
            }
        }
        if ta == .organization, tb == .organization, !hasInner,
           ["a subsidiary of", "a unit of", "a division of", "is owned by", "subsidiary of"].contains(where: { text.hasSuffix($0) }) {
            out.append(candidate(a, .subsidiaryOf, b, 0.7, "subsidiary-of"))
        }
        if ta == .organization, tb == .person, !hasInner, ["hired", "appointed", "named", "poached", "recruited"].contains(words.last ?? "") {
            out.append(candidate(b, .employeeOf, a, 0.6, "hired"))
        }
        if ta != .location, tb == .location, !hasInner, ["based in", "headquartered in", "located in"].contains(where: { text.hasSuffix($0) }) {
            out.append(candidate(a, .locatedIn, b, 0.7, "based-in"))
        }
        return out.compactMap { $0 }
    }

    private func titleRelations(_ words: [String], person: PlacedSpan, organization: PlacedSpan, rule: String) -> [RelationCandidate] {
        var out: [RelationCandidate?] = []
        let text = words.joined(separator: " ")
        if text.contains("founder") { out.append(candidate(person, .founderOf, organization, 0.85, rule)) }
        if text.contains("ceo") || text.contains("chief executive") { out.append(candidate(person, .ceoOf, organization, 0.85, rule)) }
        if text.contains("board") { out.append(candidate(person, .boardMemberOf, organization, 0.7, rule)) }
        if out.isEmpty { out.append(candidate(person, .employeeOf, organization, 0.7, rule)) }
        return out.compactMap { $0 }
    }

    // MARK: Lists: "rivals like A, B and C"

    func listRules() -> [RelationCandidate] {
        let tokens = words
        var out: [RelationCandidate] = []
        for cue in RuleContext.rivalCues {
            guard let at = tokens.firstIndex(of: cue.last!),
                  at + 1 - cue.count >= 0, Array(tokens[(at + 1 - cue.count)...at]) == cue else { continue }
            let cueStart = at + 1 - cue.count
            guard let subject = placed.last(where: { $0.span.tokens.upperBound <= cueStart && [.organization, .platform].contains(type($0)) }) else { continue }
            var k = at + 1
            for item in placed where item.span.tokens.lowerBound >= k {
                let gap = tokens[k..<item.span.tokens.lowerBound]
                guard gap.allSatisfy({ ["the", ",", "and", "or", "&"].contains($0) }) else { break }
                if [.organization, .platform].contains(type(item)), let c = candidate(item, .competitorOf, subject, 0.7, "rivals-like") {
                    out.append(c)
                }
                k = item.span.tokens.upperBound
            }
        }
        return out
    }

    // MARK: Statements: "In a statement sent to Y, the company said"

    func statementRules() -> [RelationCandidate] {
        let tokens = words
        guard let statement = tokens.firstIndex(of: "statement") else { return [] }
        var out: [RelationCandidate] = []
        for recipient in placed where type(recipient) == .organization && recipient.span.tokens.lowerBound > statement {
            let gap = tokens[(statement + 1)..<recipient.span.tokens.lowerBound]
            guard gap.last == "to", gap.count <= 3 else { continue }
            let speaker = placed.first { $0.span.tokens.lowerBound > recipient.span.tokens.upperBound && [.organization, .person].contains(type($0)) }
            if let speaker, let c = candidate(speaker, .spokeTo, recipient, 0.7, "statement-to") {
                out.append(c)
            } else if let salient = salientOrganization, salient != recipient.entity,
                      let noun = tokens[recipient.span.tokens.upperBound...].firstIndex(where: { ["company", "firm", "startup", "group", "organization"].contains($0) }),
                      noun > 0, tokens[noun - 1] == "the" {
                let words = sentence.tokens[(noun - 1)...noun]
                let phrase = NameSpan(sentence: sentence.index, tokens: (noun - 1)..<(noun + 1), start: words.first!.start,
                                      end: words.last!.end, text: words.map(\.text).joined(separator: " "),
                                      votes: TypeVotes(), form: .nominal, needsSupport: false)
                out.append(RelationCandidate(head: salient, kind: .spokeTo, tail: recipient.entity, sentence: sentence.index,
                                             confidence: 0.55, rule: "statement-to-company",
                                             anchors: [Anchor(entity: salient, span: phrase)]))
            }
        }
        return out
    }

    // MARK: Word lists

    static let titleWords: Set<String> = [
        "founder", "co-founder", "cofounder", "ceo", "chief", "executive", "officer", "president", "chairman",
        "chairwoman", "chair", "cto", "cfo", "coo", "director", "head", "board", "member", "vice", "managing",
        "partner", "general", "counsel", "editor", "editor-in-chief", "spokesperson", "spokesman", "spokeswoman",
    ]
    static let jobWords: Set<String> = [
        "researcher", "scientist", "engineer", "analyst", "professor", "reporter", "journalist", "employee",
        "developer", "designer", "manager", "lead", "leader", "staff", "writer", "economist", "lawyer", "investor",
    ]
    static let clauseWords: Set<String> = [
        "is", "was", "are", "were", "has", "have", "had", "and", "or", "but", "that", "which", "who", "to",
        "said", "says", "of", "in", "on", "at", "for", "with", "by", "from", ".", ";", ":", "(", ")", "\"",
    ]
    /// Passive frames: the cue after the first name, the relation it states, and the types
    /// allowed for the first name (the patient) and the second (the agent).
    static let passiveCues: [(cue: String, kind: RelationKind, tails: Set<EntityType>, heads: Set<EntityType>)] = [
        ("acquired by", .acquired, [.organization, .platform], [.organization]),
        ("bought by", .acquired, [.organization, .platform], [.organization]),
        ("founded by", .founderOf, [.organization, .platform], [.person, .organization]),
        ("co-founded by", .founderOf, [.organization, .platform], [.person, .organization]),
        ("started by", .founderOf, [.organization], [.person]),
        ("developed by", .productOf, [.platform, .product, .work], [.organization]),
        ("made by", .productOf, [.platform, .product], [.organization]),
        ("built by", .productOf, [.platform, .product], [.organization]),
        ("created by", .productOf, [.platform, .product], [.organization]),
        ("owned by", .ownerOf, [.organization, .platform, .work], [.organization, .person]),
        ("directed by", .directorOf, [.work], [.person]),
        ("written by", .authorOf, [.work], [.person]),
        ("funded by", .investedIn, [.organization], [.organization, .person]),
        ("backed by", .investedIn, [.organization], [.organization, .person]),
        ("sponsored by", .sponsorOf, [.event, .work], [.organization]),
        ("organized by", .organizerOf, [.event], [.organization, .person]),
        ("organised by", .organizerOf, [.event], [.organization, .person]),
        ("hosted by", .organizerOf, [.event], [.organization, .person]),
    ]
    /// The words after a clause set off by commas right after the first name
    /// (", a Berlin startup,"), when one is there and something follows it; nil otherwise.
    static func withoutAppositive(_ words: [String]) -> [String]? {
        guard words.first == ",", let close = words.dropFirst().firstIndex(of: ","), close >= 2,
              close + 1 < words.count, !words[(close + 1)...].contains(",") else { return nil }
        return Array(words[(close + 1)...])
    }

    /// Words without "in 2018", "on Monday" and the like, which do not change a frame.
    static func withoutDates(_ words: [String]) -> [String] {
        var result: [String] = []
        var k = 0
        while k < words.count {
            if ["in", "on"].contains(words[k]), k + 1 < words.count,
               words[k + 1].allSatisfy(\.isNumber) || WordLists.calendarWords.contains(words[k + 1]) {
                k += 2
                continue
            }
            result.append(words[k])
            k += 1
        }
        return result
    }

    static let partnerCues = ["partnered with", "partners with", "partnering with", "teamed up with", "partnership with", "team up with", "partner with"]
    static let acquireCues = ["acquired", "acquires", "acquire", "bought", "buys", "to buy", "will buy", "would buy", "takeover of", "acquisition of"]
    static let joinCues = ["joined", "joins", "departed for", "left for", "moved to", "works at", "worked at", "hired by", "defected to"]
    static let rivalCues: [[String]] = [
        ["rivals", "like"], ["rivals", "such", "as"], ["competitors", "like"], ["competitors", "such", "as"],
        ["competition", "from"], ["rivals", "including"], ["competitors", "including"], ["the", "likes", "of"],
    ]
}

extension String {
    /// The string with curly apostrophes made straight; most words have none, and
    /// are returned as they are without comparing characters.
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return self }
        return String(map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
    }
}

import Graph

/// Finds the main news event of a document: the happening its event nouns
/// report most often ("leak", "launch", "acquisition", ...), named after the
/// thing it involves ("Sora leak"), with its roles: who took part, the
/// platform it occurred on, the place, who reported it and its date.
struct EventFinder: Sendable {
    private struct Occurrence {
        let sentence: Int
        let token: Int
        let noun: String
        let isVerb: Bool
    }

    /// The event of a document and its role relations; the event's index is `entities.count`.
    ///
    /// - Complexity: O(*n* + *s* · *m*) for *n* tokens and *s* sentences of at most *m* spans.
    func event(in analyzed: AnalyzedDocument, entities: [LocalEntity], mentions: SentenceMentions,
               relations: [RelationCandidate]) -> (event: LocalEntity, roles: [RelationCandidate])? {
        let occurrences = analyzed.sentences.flatMap { sentence in
            sentence.tokens.enumerated().compactMap { index, token -> Occurrence? in
                guard EventTriggers.mayBeForm(token.text) else { return nil }
                let word = token.text.lowercased()
                guard let noun = EventTriggers.nounByForm[word] else { return nil }
                return Occurrence(sentence: sentence.index, token: index, noun: noun, isVerb: EventTriggers.isVerbForm(word))
            }
        }
        var counts: [String: Int] = [:]
        for occurrence in occurrences { counts[occurrence.noun, default: 0] += 1 }
        guard let noun = counts.filter({ $0.value >= 2 }).max(by: { a, b in
            a.value != b.value ? a.value < b.value : EventTriggers.rank[a.key]! > EventTriggers.rank[b.key]!
        })?.key else { return nil }
        let mine = occurrences.filter { $0.noun == noun }
        var votes: [Int: Double] = [:]
        var attachedSpans: [Int: NameSpan] = [:]
        for (n, occurrence) in mine.enumerated() {
            guard let (entity, weight, span) = attachment(occurrence, analyzed, entities, mentions) else { continue }
            votes[entity, default: 0] += weight
            if let span { attachedSpans[n] = span }
        }
        guard let involved = votes.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key })?.key else { return nil }
        let label = "\(entities[involved].label) \(noun)"
        var spans: [NameSpan] = []
        for (n, occurrence) in mine.enumerated() {
            let sentence = analyzed.sentences[occurrence.sentence]
            let token = sentence.tokens[occurrence.token]
            let start = attachedSpans[n]?.start ?? token.start
            spans.append(NameSpan(sentence: occurrence.sentence, tokens: occurrence.token..<(occurrence.token + 1),
                                  start: start, end: token.end, text: analyzed.text(start, token.end),
                                  votes: TypeVotes(), form: occurrence.isVerb ? .verb : (attachedSpans[n] == nil ? .nominal : .name),
                                  needsSupport: false))
        }
        if spans.isEmpty { return nil }
        var event = LocalEntity(label: label, spans: spans, votes: TypeVotes())
        event.votes.add(.event, 10)
        let index = entities.count
        var roles = [RelationCandidate(head: index, kind: .involves, tail: involved, sentence: mine[0].sentence,
                                       confidence: 0.7, rule: "event-object")]
        let related = Set(relations.filter { $0.head == involved || $0.tail == involved }.flatMap { [$0.head, $0.tail] })
        let triggerSentences = Set(mine.map(\.sentence))
        var dateSentences: [Int] = []
        for sentence in analyzed.sentences where !sentence.isHeading {
            let placed = mentions[sentence.index]
            let hasTrigger = triggerSentences.contains(sentence.index)
            guard hasTrigger || placed.contains(where: { $0.entity == involved }) else { continue }
            let platforms = placed.filter { p in
                entities[p.entity].type == .platform && p.entity != involved && preposition(before: p, in: sentence) != nil
            }
            guard hasTrigger || !platforms.isEmpty else { continue }
            let limit = platforms.first.map { preposition(before: $0, in: sentence)! }
                ?? mine.first { $0.sentence == sentence.index }!.token
            // The actor: a person or organization before the act, not the thing involved or its
            // maker, and not someone commenting on it ("X noted that the leaked videos ...").
            let actor = placed.first { p in
                p.span.tokens.upperBound <= limit && [.organization, .person].contains(entities[p.entity].type)
                    && p.entity != involved && !related.contains(p.entity)
                    && !(p.span.tokens.upperBound < sentence.tokens.count && sentence.tokens[p.span.tokens.upperBound].isPossessive)
                    && !sentence.tokens[p.span.tokens.upperBound..<limit].contains { WordLists.speechVerbs.contains($0.text.lowercased()) }
            }
            // A sentence that reports the act without the event's noun ("the group uploaded
            // Sora to the platform X") mentions the event by its verb.
            var anchors: [Anchor] = []
            if !hasTrigger {
                guard let actor, let verb = predicate(after: actor, before: limit, in: sentence) else { continue }
                let token = sentence.tokens[verb]
                anchors = [Anchor(entity: index, span: NameSpan(sentence: sentence.index, tokens: verb..<(verb + 1), start: token.start,
                                                                end: token.end, text: token.text, votes: TypeVotes(),
                                                                form: .verb, needsSupport: false))]
            }
            dateSentences.append(sentence.index)
            for platform in platforms {
                roles.append(RelationCandidate(head: index, kind: .occurredOn, tail: platform.entity, sentence: sentence.index,
                                               confidence: 0.65, rule: "event-on-platform", anchors: anchors))
            }
            if let actor {
                roles.append(RelationCandidate(head: actor.entity, kind: .participantIn, tail: index, sentence: sentence.index,
                                               confidence: 0.6, rule: "event-actor", anchors: anchors))
            }
            for p in placed where entities[p.entity].type == .location && p.span.tokens.lowerBound > 0
                && sentence.tokens[p.span.tokens.lowerBound - 1].text.lowercased() == "in" {
                roles.append(RelationCandidate(head: index, kind: .occurredIn, tail: p.entity, sentence: sentence.index,
                                               confidence: 0.55, rule: "event-in-place", anchors: anchors))
            }
        }
        let dateFinder = DateFinder()
        if let date = dateSentences.lazy.compactMap({ dateFinder.firstDate(in: analyzed.sentences[$0].tokens, published: analyzed.document.publicationDate) }).first {
            event.attributes["date"] = date
        }
        return (event, roles)
    }

    /// The entity an occurrence of the event noun is about: "Sora leak",
    /// "Sora's leak", "leak of OpenAI's Sora", "Sora was leaked", "the leaked Sora model".
    private func attachment(_ occurrence: Occurrence, _ analyzed: AnalyzedDocument, _ entities: [LocalEntity],
                            _ mentions: SentenceMentions) -> (Int, Double, NameSpan?)? {
        let sentence = analyzed.sentences[occurrence.sentence]
        let tokens = sentence.tokens
        let placed = mentions[occurrence.sentence].filter { [.platform, .product, .work, .organization].contains(entities[$0.entity].type) }
        let i = occurrence.token
        func weight(_ p: PlacedSpan) -> Double { entities[p.entity].type == .organization ? 0.5 : 1 }
        if !occurrence.isVerb, let p = placed.first(where: {
            $0.span.tokens.upperBound == i || ($0.span.tokens.upperBound == i - 1 && tokens[i - 1].isPossessive)
        }) {
            return (p.entity, 2 * weight(p), p.span)
        }
        // "the Vexa model leak", "the Acme data breach": up to two plain nouns between.
        let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "new"]
        if !occurrence.isVerb, let p = placed.last(where: { $0.span.tokens.upperBound < i && $0.span.tokens.upperBound >= i - 2 }),
           tokens[p.span.tokens.upperBound..<i].allSatisfy({ token in
               let word = token.text.lowercased()
               return token.kind == .word && !token.isCapitalized && !determiners.contains(word) && !RuleContext.clauseWords.contains(word)
           }) {
            return (p.entity, 1.5 * weight(p), nil)
        }
        if i + 1 < tokens.count, tokens[i + 1].text == "of" {
            let window = placed.filter { $0.span.tokens.lowerBound > i + 1 && $0.span.tokens.lowerBound <= i + 10 }
            if let p = window.last(where: { entities[$0.entity].type != .organization }) ?? window.first {
                return (p.entity, 1.5 * weight(p), nil)
            }
        }
        let auxiliaries: Set<String> = ["was", "were", "is", "are", "been", "has", "have", "had", "being", "got", "reportedly", "briefly", "allegedly"]
        if occurrence.isVerb, let p = placed.last(where: { $0.span.tokens.upperBound <= i }),
           tokens[p.span.tokens.upperBound..<i].allSatisfy({ auxiliaries.contains($0.text.lowercased()) }),
           p.span.tokens.upperBound < i {
            return (p.entity, 1.5 * weight(p), nil)
        }
        if occurrence.isVerb, let p = placed.first(where: { $0.span.tokens.lowerBound > i && $0.span.tokens.lowerBound <= i + 2 }) {
            return (p.entity, weight(p), nil)
        }
        return nil
    }

    /// The verb that follows an actor's name ("the group briefly gave", "X uploaded"):
    /// the first lower-case word after it, adverbs in -ly skipped, before `limit`.
    private func predicate(after actor: PlacedSpan, before limit: Int, in sentence: Sentence) -> Int? {
        var k = actor.span.tokens.upperBound
        while k < limit {
            let token = sentence.tokens[k]
            let word = token.text.lowercased()
            if token.kind == .punctuation || word.hasSuffix("ly") || ["has", "have", "had", "was", "were"].contains(word) {
                k += 1
                continue
            }
            guard token.kind == .word, !token.isCapitalized, !RuleContext.clauseWords.contains(word) else { return nil }
            return word.hasSuffix("ed") || word.hasSuffix("s") || ["gave", "made", "put", "sent", "shared", "posted", "took", "let", "ran", "set", "built", "got", "won", "lost", "held", "led", "began", "broke", "brought", "caught", "drew", "fell", "found", "left", "met", "paid", "said", "sold", "told", "wrote"].contains(word) ? k : nil
        }
        return nil
    }

    /// The token index of "on", "through", "via", "onto" or "to" at most four
    /// words before a span, with only modifiers between.
    private func preposition(before p: PlacedSpan, in sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var k = p.span.tokens.lowerBound - 1
        var steps = 0
        while k >= 0, steps < 5 {
            let word = tokens[k].text.lowercased()
            if ["on", "through", "via", "onto", "to"].contains(word) { return k }
            guard tokens[k].kind == .word, !RuleContext.clauseWords.contains(word) else { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }
}

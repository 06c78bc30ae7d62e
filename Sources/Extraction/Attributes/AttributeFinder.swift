import Graph

/// Finds attributes the text states about entities: a person's role or title
/// ("Acme founder and CEO Jane Roe", "Jane Roe, chief executive of Acme",
/// "*Avatar* director Jane Roe") and an
/// organization's valuation ("a company valued at $150 billion").
struct AttributeFinder: Sendable {
    /// An attribute of one entity of the document.
    struct Found: Hashable, Sendable {
        let entity: Int
        let key: String
        let value: String
    }

    /// The attributes stated in a document, at most one value per entity and key (the first stated).
    ///
    /// - Complexity: O(*n* · *m*) for *n* tokens and at most *m* entity spans per sentence.
    func attributes(in analyzed: AnalyzedDocument, entities: [LocalEntity], mentions: SentenceMentions) -> [Found] {
        var found: [Found] = []
        var seen = Set<String>()
        func add(_ entity: Int, _ key: String, _ value: String) {
            guard !value.isEmpty, seen.insert("\(entity)|\(key)").inserted else { return }
            found.append(Found(entity: entity, key: key, value: value))
        }
        let salient = entities.indices.filter { entities[$0].type == .organization }
            .max { (entities[$0].spans.count, -$0) < (entities[$1].spans.count, -$1) }
        for sentence in analyzed.sentences where !sentence.isHeading {
            let placed = mentions[sentence.index]
            for p in placed where entities[p.entity].type == .person {
                if let role = roleBefore(p, in: sentence, placed: placed, entities: entities) { add(p.entity, "role", role) }
                if let role = roleAfter(p, in: sentence, placed: placed, entities: entities) { add(p.entity, "role", role) }
            }
            if let (amount, at) = valuation(in: sentence) {
                let owner = placed.last { $0.span.tokens.upperBound <= at && entities[$0.entity].type == .organization }?.entity ?? salient
                if let owner { add(owner, "valuation", amount) }
            }
        }
        return found
    }

    private func words(_ tokens: ArraySlice<Token>) -> String {
        tokens.map { $0.text.lowercased() == "ceo" || $0.isAllCaps ? $0.text : $0.text.lowercased() }.joined(separator: " ")
    }

    /// "Acme founder and CEO Jane Roe": title words right before the name, and the organization before them.
    private func roleBefore(_ p: PlacedSpan, in sentence: Sentence, placed: [PlacedSpan], entities: [LocalEntity]) -> String? {
        let tokens = sentence.tokens
        var k = p.span.tokens.lowerBound
        while k > 0, isTitleWord(tokens[k - 1]) { k -= 1 }
        guard k < p.span.tokens.lowerBound, tokens[k..<p.span.tokens.lowerBound].contains(where: { $0.text.lowercased() != "and" }) else {
            return nil
        }
        var role = words(tokens[k..<p.span.tokens.lowerBound])
        // "Acme CEO Jane Roe", "*Avatar* director Jane Roe" (emphasis marks skipped)
        var end = k
        if end > 0, ["*", "_"].contains(tokens[end - 1].text) { end -= 1 }
        if let owner = placed.first(where: { $0.span.tokens.upperBound == end && [.organization, .work].contains(entities[$0.entity].type) }) {
            role += " of " + entities[owner.entity].label
        }
        return role
    }

    /// "Jane Roe, chief executive of Acme": an apposition of title words after the name.
    private func roleAfter(_ p: PlacedSpan, in sentence: Sentence, placed: [PlacedSpan], entities: [LocalEntity]) -> String? {
        let tokens = sentence.tokens
        var k = p.span.tokens.upperBound
        guard k < tokens.count, tokens[k].text == "," else { return nil }
        k += 1
        if k < tokens.count, ["a", "an", "the"].contains(tokens[k].text.lowercased()) { k += 1 }
        let start = k
        while k < tokens.count, isTitleWord(tokens[k]) || RuleContext.jobWords.contains(tokens[k].text.lowercased()) { k += 1 }
        guard k > start else { return nil }
        var role = words(tokens[start..<k])
        if k < tokens.count, ["of", "at"].contains(tokens[k].text.lowercased()),
           let organization = placed.first(where: { $0.span.tokens.lowerBound == k + 1 && entities[$0.entity].type == .organization }) {
            role += " \(tokens[k].text.lowercased()) " + entities[organization.entity].label
        }
        return role
    }

    private func isTitleWord(_ token: Token) -> Bool {
        let word = token.text.lowercased()
        return RuleContext.titleWords.contains(word) || word == "and" || WordLists.personTitles.contains(word) && !token.isCapitalized
            || (token.isAllCaps && WordLists.personTitles.contains(word))
    }

    /// "valued at $150 billion", "a valuation of $2bn": the amount and where it stands.
    private func valuation(in sentence: Sentence) -> (String, Int)? {
        let tokens = sentence.tokens
        for (i, token) in tokens.enumerated() {
            // Only "valued" and "valuation" in some case can lower-case to either word (no
            // other character lower-cases to one of their letters), so other lengths are skipped
            // without lower-casing every word.
            guard token.text.utf8.count == 6 || token.text.utf8.count == 9 else { continue }
            let word = token.text.lowercased()
            var k = i + 1
            if word == "valued", k < tokens.count, tokens[k].text.lowercased() == "at" {
                k += 1
            } else if word == "valuation", k < tokens.count, tokens[k].text.lowercased() == "of" {
                k += 1
            } else {
                continue
            }
            guard k < tokens.count, ["$", "€", "£", "¥"].contains(tokens[k].text) || tokens[k].kind == .number else { continue }
            var end = k + 1
            while end < tokens.count, tokens[end].kind == .number || ["billion", "million", "trillion", "bn", "m", "."].contains(tokens[end].text.lowercased()) {
                end += 1
            }
            while end > k + 1, tokens[end - 1].text == "." { end -= 1 }
            let scalars = Array(sentence.text.unicodeScalars)
            return (String(scalars: scalars[(tokens[k].start - sentence.start)..<(tokens[end - 1].end - sentence.start)]), i)
        }
        return nil
    }
}

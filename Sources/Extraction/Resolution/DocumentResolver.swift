import Graph

/// Groups the name spans of one document into entities: same key (case,
/// spacing and punctuation aside), a surname or first name with the full name,
/// a short form of a given name with the given name (Doug, Douglas), a trailing
/// part of an organization's name with the whole, an acronym with its expansion.
struct DocumentResolver: Sendable {
    /// The entities named by the spans, ordered by first mention.
    ///
    /// - Complexity: O(*s* + *e*²) for *s* spans and *e* distinct names.
    func resolve(_ spans: [NameSpan]) -> [LocalEntity] {
        var groups: [String: LocalEntity] = [:]
        var order: [String] = []
        for span in spans {
            let key = EntityID.key(for: span.text)
            guard !key.isEmpty else { continue }
            if groups[key] == nil {
                groups[key] = LocalEntity(label: span.text, spans: [], votes: TypeVotes())
                order.append(key)
            }
            groups[key]!.spans.append(span)
            groups[key]!.votes.add(span.votes)
            groups[key]!.modelVotes.add(span.modelVotes)
        }
        var entities = order.map { groups[$0]! }
        mergeShortForms(&entities)
        for index in entities.indices { entities[index].label = preferredLabel(entities[index]) }
        return entities.sorted { $0.spans[0].start < $1.spans[0].start }
    }

    private func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
    }

    /// Merges each short form into the single longer entity it abbreviates.
    private func mergeShortForms(_ entities: inout [LocalEntity]) {
        var target: [Int: Int] = [:]
        // Words and types are computed once: every entity is compared with every other.
        let labelWords = entities.map { words($0.label) }, types = entities.map(\.type)
        for i in entities.indices {
            let candidates = entities.indices.filter { j in
                j != i && abbreviates(labelWords[i], types[i], labelWords[j], types[j])
            }
            if candidates.count == 1 { target[i] = candidates[0] }
        }
        // Follow chains (A -> B -> C) and absorb in a stable order.
        func root(_ i: Int) -> Int {
            var r = i, steps = 0
            while let next = target[r], steps < entities.count { r = next; steps += 1 }
            return r
        }
        var merged = entities
        for i in target.keys.sorted() {
            let r = root(i)
            guard r != i else { continue }
            merged[r].spans += entities[i].spans
            merged[r].votes.add(entities[i].votes)
            merged[r].modelVotes.add(entities[i].modelVotes)
        }
        entities = merged.indices.filter { target[$0] == nil || root($0) == $0 }.map { index in
            var entity = merged[index]
            entity.spans.sort { $0.start < $1.start }
            return entity
        }
    }

    private func abbreviates(_ shortWords: [String], _ shortType: EntityType, _ longWords: [String], _ longType: EntityType) -> Bool {
        guard longWords.count > shortWords.count else {
            // a short form of a given name: Doug -> Douglas
            if shortWords.count == 1, longWords.count == 1, shortType == .person, longType == .person,
               shortWords[0].count >= 3, longWords[0].count > shortWords[0].count {
                return longWords[0].hasPrefix(shortWords[0])
            }
            return false
        }
        if longType == .person, shortWords.count == 1 {
            return shortWords[0] == longWords.last || shortWords[0] == longWords.first
        }
        if longType == .organization, shortWords.count >= 2, shortType != .person {
            return Array(longWords.suffix(shortWords.count)) == shortWords
        }
        if shortWords.count == 1, shortWords[0].count >= 2,
           shortWords[0].unicodeScalars.allSatisfy({ $0.properties.isUppercase }) {
            let initials = String(longWords.compactMap { $0.first }.filter(\.isUppercase))
            return initials == shortWords[0]
        }
        return false
    }

    private func preferredLabel(_ entity: LocalEntity) -> String {
        var counts: [String: Int] = [:]
        for span in entity.spans { counts[span.text, default: 0] += 1 }
        if entity.type == .person {
            return counts.keys.max { a, b in (a.count, counts[a]!, b) < (b.count, counts[b]!, a) }!
        }
        return counts.keys.max { a, b in (counts[a]!, a.count, b) < (counts[b]!, b.count, a) }!
    }
}

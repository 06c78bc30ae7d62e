/// One entity's span within a sentence.
struct PlacedSpan: Sendable {
    /// Index of the entity in the document's entity list.
    let entity: Int
    /// The span.
    let span: NameSpan
}

/// The entity spans of each sentence, in order, for relation rules.
struct SentenceMentions: Sendable {
    private(set) var bySentence: [Int: [PlacedSpan]] = [:]

    /// Indexes the spans of the given entities.
    init(_ entities: [LocalEntity]) {
        for (index, entity) in entities.enumerated() {
            for span in entity.spans { bySentence[span.sentence, default: []].append(PlacedSpan(entity: index, span: span)) }
        }
        // Sorted in place through the values' indices: iterating the keys while mutating
        // would copy the dictionary, and the force-unwrapped subscript each array.
        var index = bySentence.startIndex
        while index != bySentence.endIndex {
            bySentence.values[index].sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
            bySentence.formIndex(after: &index)
        }
    }

    /// The spans of one sentence.
    subscript(sentence: Int) -> [PlacedSpan] { bySentence[sentence] ?? [] }
}

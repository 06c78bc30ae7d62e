import Graph

/// An entity of one document: the spans that name it and the evidence for its type.
struct LocalEntity: Sendable {
    /// The canonical name within the document.
    var label: String
    /// Every span that names it, in document order.
    var spans: [NameSpan]
    /// The type evidence the rules found around all its spans.
    var votes: TypeVotes
    /// The tagger's labels of all its spans, summed.
    var modelVotes = TypeVotes()
    /// Attributes the text states (an event's `date`).
    var attributes: [String: String] = [:]

    /// The voted type. Without strong evidence an unknown name is taken for an
    /// organization, the commonest kind of name in news.
    var type: EntityType {
        var prior = votes
        prior.add(modelVotes.scaled(by: LocalEntity.modelWeight / Double(max(spans.count, 1))))
        prior.add(.organization, 0.5)
        if !label.utf8.contains(UInt8(ascii: " ")) && label.unicodeScalars.dropFirst().contains(where: \.isUppercaseLetter) {
            prior.add(.organization, 0.6)
        }
        return prior.best!
    }

    /// What the tagger's average label weighs against the rules' evidence: about two strong cues.
    static let modelWeight = 6.0

    /// The entity with only the spans that name it or its event noun, for co-occurrence.
    var namedOnly: LocalEntity {
        var copy = self
        copy.spans = spans.filter { $0.form != .verb && !($0.form == .nominal && type != .event) }
        return copy
    }

    /// The surface forms other than the label.
    var aliases: Set<String> { Set(spans.map(\.text)).subtracting([label]) }

    /// The number of words of the label.
    var wordCount: Int { label.split(separator: " ").count }
}

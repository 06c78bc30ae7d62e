import Graph

/// An entity of one document: the spans that name it and the evidence for its type.
struct LocalEntity: Sendable {
    /// The canonical name within the document.
    var label: String
    /// Every span that names it, in document order.
    var spans: [NameSpan]
    /// The type evidence of all its spans.
    var votes: TypeVotes
    /// Attributes the text states (an event's `date`).
    var attributes: [String: String] = [:]

    /// The voted type. Without strong evidence an unknown name is taken for an
    /// organization, the commonest kind of name in news.
    var type: EntityType {
        var prior = votes
        prior.add(.organization, 0.5)
        let innerCapitals = label.split(separator: " ").contains { word in
            word.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
        }
        if innerCapitals && !label.contains(" ") { prior.add(.organization, 0.6) }
        return prior.best!
    }

    /// The surface forms other than the label.
    var aliases: Set<String> { Set(spans.map(\.text)).subtracting([label]) }

    /// The number of words of the label.
    var wordCount: Int { label.split(separator: " ").count }
}

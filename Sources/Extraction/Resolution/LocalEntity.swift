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

    /// The voted type; Organization when nothing was said.
    var type: EntityType { votes.best ?? .organization }

    /// The surface forms other than the label.
    var aliases: Set<String> { Set(spans.map(\.text)).subtracting([label]) }

    /// The number of words of the label.
    var wordCount: Int { label.split(separator: " ").count }
}

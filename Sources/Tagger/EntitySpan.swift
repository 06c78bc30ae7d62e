/// A named-entity mention found in one sentence: a token range and its label.
public struct EntitySpan: Hashable, Sendable {
    /// Index of the first token of the mention in its sentence.
    public var start: Int
    /// Index one past the last token of the mention (exclusive).
    public var end: Int
    /// The entity label: `"PER"`, `"ORG"`, `"LOC"`, `"PROD"`, `"WORK"` or `"MISC"`.
    public var label: String
    /// How sure the tagger is, in `0...1`: the smallest per-token marginal probability of the span's tags.
    public var confidence: Double

    /// Creates a span over tokens `start..<end`.
    public init(start: Int, end: Int, label: String, confidence: Double) {
        self.start = start
        self.end = end
        self.label = label
        self.confidence = confidence
    }
}

import Graph

/// Weighted evidence for the type of a mention or an entity.
struct TypeVotes: Hashable, Sendable {
    private(set) var scores: [EntityType: Double] = [:]

    /// Adds evidence for a type.
    mutating func add(_ type: EntityType, _ weight: Double) {
        scores[type, default: 0] += weight
    }

    /// Adds all the evidence of another record.
    mutating func add(_ other: TypeVotes) {
        for (type, weight) in other.scores { add(type, weight) }
    }

    /// The evidence multiplied by a factor.
    func scaled(by factor: Double) -> TypeVotes {
        var result = TypeVotes()
        for (type, weight) in scores { result.add(type, weight * factor) }
        return result
    }

    /// The evidence without one type.
    func removing(_ type: EntityType) -> TypeVotes {
        var result = self
        result.scores[type] = nil
        return result
    }

    /// The type with the most evidence; ties go to the type listed first in the ontology.
    var best: EntityType? {
        scores.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// The share of all evidence that the best type has, in [0, 1].
    var confidence: Double {
        let total = scores.values.reduce(0, +)
        guard total > 0, let best else { return 0 }
        return scores[best]! / total
    }

    /// Whether any evidence was recorded.
    var isEmpty: Bool { scores.isEmpty }
}

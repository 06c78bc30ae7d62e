import Graph

/// Weighted evidence for the type of a mention or an entity.
struct TypeVotes: Hashable, Sendable {
    /// The evidence for each type, by its place in `EntityType.allCases` (one lane unused);
    /// a vector, so that copying votes allocates nothing.
    private var weights = SIMD8<Double>()
    /// Which types have evidence (possibly of weight 0), one bit per place.
    private var present: UInt16 = 0

    /// The place of a type in `EntityType.allCases`.
    private static func place(of type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .platform: 2
        case .event: 3
        case .location: 4
        case .work: 5
        case .product: 6
        }
    }

    /// Adds evidence for a type.
    mutating func add(_ type: EntityType, _ weight: Double) {
        let place = Self.place(of: type)
        weights[place] += weight
        present |= 1 << place
    }

    /// Adds all the evidence of another record.
    mutating func add(_ other: TypeVotes) {
        weights += other.weights
        present |= other.present
    }

    /// The evidence multiplied by a factor.
    func scaled(by factor: Double) -> TypeVotes {
        var result = self
        result.weights *= factor
        return result
    }

    /// The evidence without one type.
    func removing(_ type: EntityType) -> TypeVotes {
        var result = self
        let place = Self.place(of: type)
        result.weights[place] = 0
        result.present &= ~(1 << place)
        return result
    }

    /// The type with the most evidence; ties go to the type listed first in the ontology.
    var best: EntityType? {
        var best: Int?
        for place in 0..<EntityType.allCases.count where present & (1 << place) != 0 {
            if best == nil || weights[place] > weights[best!] { best = place }
        }
        return best.map { EntityType.allCases[$0] }
    }

    /// The share of all evidence that the best type has, in [0, 1].
    var confidence: Double {
        let total = (0..<EntityType.allCases.count).reduce(0) { $0 + weights[$1] }
        guard total > 0, let best else { return 0 }
        return weights[Self.place(of: best)] / total
    }

    /// Whether any evidence was recorded.
    var isEmpty: Bool { present == 0 }
}

/// Which way a relation points, seen from a given entity.
public enum EdgeDirection: String, Hashable, Codable, Sendable, Comparable {
    /// The entity is the relation's head.
    case out
    /// The entity is the relation's tail.
    case `in`
    /// The relation is symmetric, so it points both ways.
    case both

    /// Orders directions as listed: out, in, both.
    public static func < (lhs: EdgeDirection, rhs: EdgeDirection) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .out: return 0
        case .in: return 1
        case .both: return 2
        }
    }
}

/// An entity linked to another by one relation.
public struct Neighbour: Hashable, Sendable {
    /// The linked entity.
    public let id: EntityID
    /// The relation name.
    public let kind: RelationKind
    /// The relation's direction seen from the queried entity; `.both` for symmetric kinds.
    public let direction: EdgeDirection
    /// The relation's weight: its number of evidence sentences.
    public let weight: Double

    /// Creates a neighbour record.
    public init(id: EntityID, kind: RelationKind, direction: EdgeDirection, weight: Double) {
        self.id = id
        self.kind = kind
        self.direction = direction
        self.weight = weight
    }
}

extension GraphIndex {
    /// The relations of an entity, one record per relation, sorted by neighbour id,
    /// then kind, then direction.
    ///
    /// A symmetric relation is reported with direction `.both` and passes every
    /// direction filter; `.out` keeps relations the entity heads, `.in` those it is
    /// the tail of, `.both` keeps all.
    ///
    /// - Parameters:
    ///   - id: The entity; an unknown id has no neighbours.
    ///   - kinds: Relation kinds to keep; nil keeps all.
    ///   - direction: Which relations to keep.
    /// - Complexity: O(*d* log *d*) in the entity's number of relations *d*.
    public func neighbours(of id: EntityID, kinds: Set<RelationKind>? = nil,
                           direction: EdgeDirection = .both) -> [Neighbour] {
        guard let node = index(of: id) else { return [] }
        var result: [Neighbour] = []
        func keep(_ edge: Edge, _ side: EdgeDirection) {
            guard kinds?.contains(edge.kind) ?? true else { return }
            let reported: EdgeDirection = edge.kind.isSymmetric ? .both : side
            guard direction == .both || reported == .both || reported == direction else { return }
            result.append(Neighbour(id: ids[edge.other], kind: edge.kind, direction: reported, weight: edge.weight))
        }
        for edge in outEdges(node) { keep(edge, .out) }
        for edge in inEdges(node) { keep(edge, .in) }
        result.sort { ($0.id, $0.kind, $0.direction) < ($1.id, $1.kind, $1.direction) }
        return result
    }
}

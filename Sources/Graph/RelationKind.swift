/// A relation name from the ontology's vocabulary; direction is head -> tail.
public enum RelationKind: String, CaseIterable, Codable, Comparable, Sendable {
    case founderOf = "founder_of"
    case ceoOf = "ceo_of"
    case employeeOf = "employee_of"
    case boardMemberOf = "board_member_of"
    case memberOf = "member_of"
    case ownerOf = "owner_of"
    case acquired = "acquired"
    case subsidiaryOf = "subsidiary_of"
    case productOf = "product_of"
    case investedIn = "invested_in"
    case sponsorOf = "sponsor_of"
    case partneredWith = "partnered_with"
    case competitorOf = "competitor_of"
    case locatedIn = "located_in"
    case authorOf = "author_of"
    case directorOf = "director_of"
    case appearedOn = "appeared_on"
    case spokeTo = "spoke_to"
    case reportedBy = "reported_by"
    case participantIn = "participant_in"
    case organizerOf = "organizer_of"
    case partOf = "part_of"
    case occurredOn = "occurred_on"
    case occurredIn = "occurred_in"
    case involves = "involves"
    case coOccursWith = "co_occurs_with"

    /// Whether the relation holds both ways (stored once, in either direction).
    public var isSymmetric: Bool {
        switch self {
        case .partneredWith, .competitorOf, .coOccursWith: return true
        default: return false
        }
    }

    /// Whether the relation was stated by the text rather than inferred from co-occurrence.
    public var isTyped: Bool { self != .coOccursWith }

    /// The relation in words, for edge labels.
    ///
    /// - Complexity: O(1): the phrases are made once.
    public var phrase: String { Self.phrases[ordinal] }

    /// The position of the relation in the vocabulary table.
    ///
    /// - Complexity: O(1).
    public var ordinal: Int { Self.ordinals[self]! }

    /// Orders relations by their position in the vocabulary table.
    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    private static let ordinals = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    private static let phrases = allCases.map { String($0.rawValue.map { $0 == "_" ? " " : $0 }) }
}

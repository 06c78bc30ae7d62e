/// The entity types the tagger predicts, shared by all training corpora.
///
/// The corpora's own type names are folded into these six labels by
/// ``init(corpusType:)``; ``MISC`` is what Wikigold calls MISC and Universal
/// NER calls OTH (nationalities, events, languages, ...).
public enum EntityLabel: String, CaseIterable, Sendable, Hashable {
    /// A person.
    case PER
    /// An organisation: company, institution, team, band, party.
    case ORG
    /// A location: country, city, region, address, landmark.
    case LOC
    /// A product: device, software, app, game, vehicle.
    case PROD
    /// A creative work: film, song, book, TV show.
    case WORK
    /// Any other name (nationality, event, language, ...).
    case MISC

    /// Maps a corpus type name (`person`, `CORP`, `creative-work`, `OTH`, ...) to a label.
    ///
    /// Returns `nil` for an unknown name.
    public init?(corpusType: String) {
        switch corpusType {
        case "PER", "person": self = .PER
        case "ORG", "corporation", "group", "CORP", "GRP": self = .ORG
        case "LOC", "location": self = .LOC
        case "PROD", "product": self = .PROD
        case "WORK", "CW", "creative-work": self = .WORK
        case "MISC", "OTH": self = .MISC
        default: return nil
        }
    }

    /// The label's position in `allCases`, used to number tags.
    var index: Int {
        switch self {
        case .PER: 0
        case .ORG: 1
        case .LOC: 2
        case .PROD: 3
        case .WORK: 4
        case .MISC: 5
        }
    }
}

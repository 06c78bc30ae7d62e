/// The kind of real-world thing an entity is, as named in the project ontology.
///
/// The raw values are spelled exactly as in `spec/ontology.md`; exported files
/// and the evaluation rely on that spelling.
public enum EntityType: String, CaseIterable, Codable, Comparable, Sendable {
    /// A named individual.
    case person = "Person"
    /// A company, institution, agency, group, team, news outlet or government body.
    case organization = "Organization"
    /// Named software, an AI model, an app, an online service, a website or a social network.
    case platform = "Platform"
    /// A named event or a news event an article reports, labelled by a short noun phrase.
    case event = "Event"
    /// A country, city, region or venue.
    case location = "Location"
    /// A creative work or media title: film, show, podcast, book, newsletter.
    case work = "Work"
    /// A named physical product.
    case product = "Product"

    /// Orders types by their position in the ontology table.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension FrontMatter {
    /// The keys, compared ignoring case, whose values state the publication date.
    private static let dateKeys: Set<String> = ["date", "published", "publication_date", "pubdate", "publishdate", "datepublished"]

    /// The date stated by the first field with a date key whose value is a date (see
    /// `PublicationDate.init(parsing:)`).
    var publicationDate: PublicationDate? {
        fields.lazy.filter { Self.dateKeys.contains($0.key.lowercased()) }.compactMap { PublicationDate(parsing: $0.value) }.first
    }
}

import CLibXML2

/// Finds the day a parsed HTML page says it was published: from its `<meta>` tags first (the
/// key earliest in `metaKeys` wins), then from the `datePublished` of its JSON-LD, then from the
/// first `<time datetime>` whose value is a date.
enum HTMLPublicationDateFinder {
    /// The `property`, `name` or `itemprop` values of `<meta>` tags whose `content` is the
    /// publication date, compared ignoring case, most trusted first.
    private static let metaKeys = [
        "article:published_time", "og:published_time", "datepublished", "parsely-pub-date", "sailthru.date",
        "pubdate", "publishdate", "dcterms.date", "dc.date", "date",
    ]

    /// The publication date stated in the page whose top-level nodes are `nodes`, or nil.
    static func publicationDate(in nodes: [xmlNodePtr]) -> PublicationDate? {
        var metaDate: (rank: Int, date: PublicationDate)?
        var linkedDataDate: PublicationDate?
        var timeDate: PublicationDate?
        var pending = Array(nodes.reversed())
        while let node = pending.popLast() {
            switch node.elementName {
            case "meta"?:
                if let found = self.metaDate(node), found.rank < metaDate?.rank ?? metaKeys.count { metaDate = found }
            case "script"? where linkedDataDate == nil:
                if node.attribute("type")?.trimmingWhitespace().lowercased() == "application/ld+json" { linkedDataDate = self.linkedDataDate(node.textContent) }
            case "time"? where timeDate == nil:
                timeDate = node.attribute("datetime").flatMap(PublicationDate.init(parsing:))
            default:
                break
            }
            pending.append(contentsOf: node.childNodes.reversed())
        }
        return metaDate?.date ?? linkedDataDate ?? timeDate
    }

    /// The date a `<meta>` tag states with one of `metaKeys`, and that key's rank.
    private static func metaDate(_ node: xmlNodePtr) -> (rank: Int, date: PublicationDate)? {
        let keys = ["property", "name", "itemprop"].compactMap { node.attribute($0)?.trimmingWhitespace().lowercased() }
        guard let rank = keys.compactMap(metaKeys.firstIndex(of:)).min(),
            let date = node.attribute("content").flatMap(PublicationDate.init(parsing:))
        else { return nil }
        return (rank, date)
    }

    /// The first date among the `"datePublished": "..."` members of a JSON-LD script, found by
    /// a plain scan, so that malformed JSON still gives its date.
    private static func linkedDataDate(_ script: String) -> PublicationDate? {
        var rest = Substring(script)
        while let key = rest.firstRange(of: "\"datePublished\"") {
            rest = rest[key.upperBound...].drop(while: \.isWhitespace)
            guard rest.first == ":" else { continue }
            rest = rest.dropFirst().drop(while: \.isWhitespace)
            guard rest.first == "\"" else { continue }
            rest = rest.dropFirst()
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            if let date = PublicationDate(parsing: rest[..<end]) { return date }
            rest = rest[end...]
        }
        return nil
    }
}

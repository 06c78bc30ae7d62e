import Graph

/// What each writer promises to make of a string, restated from its
/// documentation so the property tests check the promise, not the code.
enum ExportExpectation {
    /// What joins list values (aliases, documents) in GraphML and GEXF.
    static let listSeparator = " | "

    /// A list as GraphML and GEXF carry it: joined by ` | `, XML-forbidden
    /// characters replaced (`xmlExpected`), then split at ` | ` again by
    /// Unicode scalars; nothing at all for an empty joined text.
    static func xmlList(_ elements: [String]) -> [String] {
        let joined = xmlExpected(elements.joined(separator: listSeparator))
        return joined.isEmpty ? [] : split(joined, at: listSeparator)
    }

    /// `text` split at every occurrence of `separator`, comparing Unicode
    /// scalars (not characters), keeping empty pieces.
    static func split(_ text: String, at separator: String) -> [String] {
        let scalars = Array(text.unicodeScalars), mark = Array(separator.unicodeScalars)
        var pieces: [String] = [], start = 0, index = 0
        while index < scalars.count {
            if scalars[index] == mark[0], index + mark.count <= scalars.count,
               scalars[index..<index + mark.count].elementsEqual(mark) {
                pieces.append(String(String.UnicodeScalarView(scalars[start..<index])))
                index += mark.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(String(String.UnicodeScalarView(scalars[start...])))
        return pieces
    }

    /// A Neo4j array field: each element's `;` replaced by U+FF1B, joined by `;`,
    /// with XML-forbidden characters replaced as in every CSV field.
    static func csvArray(_ elements: [String]) -> String {
        xmlExpected(elements.map { replacing(";", with: "\u{FF1B}", in: $0) }.joined(separator: ";"))
    }

    /// `text` with every `scalar` replaced by `replacement`, scalar by scalar
    /// (a `;` followed by a combining mark is still a `;`).
    static func replacing(_ scalar: Unicode.Scalar, with replacement: String, in text: String) -> String {
        var result = String.UnicodeScalarView()
        for each in text.unicodeScalars {
            if each == scalar { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(each) }
        }
        return String(result)
    }

    /// The GraphML `attr.name` (and GEXF title, Neo4j column suffix) of every
    /// entity attribute name in the graph: ASCII letters, digits, `_`, `-` and
    /// `.` kept, anything else `_`, `attribute` for an empty name, and the first
    /// free suffix `_2`, `_3`, ... for a name already taken by a fixed node key
    /// or an earlier attribute in sorted order.
    static func attributeNames(for graph: KnowledgeGraph) -> [String: String] {
        var names = Set<String>()
        for entity in graph.entities.values { names.formUnion(entity.attributes.keys) }
        var taken: Set<String> = ["label", "type", "aliases", "mentions", "documents", "confidence", "r", "g", "b", "size"]
        var result: [String: String] = [:]
        for name in names.sorted() {
            var base = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": scalar
                default: "_"
                }
            }))
            if base.isEmpty { base = "attribute" }
            var token = base, suffix = 2
            while taken.contains(token) {
                token = "\(base)_\(suffix)"
                suffix += 1
            }
            taken.insert(token)
            result[name] = token
        }
        return result
    }

    /// The words of the relation's first evidence sentence that refer to an end,
    /// as the writers pick them: the end's mention in that sentence, else the
    /// stated words; nil when the relation has no evidence.
    static func endMentions(of relation: Relation, in graph: KnowledgeGraph) -> EndMentions? {
        guard let evidence = relation.evidence.first else { return nil }
        let words = { (id: EntityID) in graph[id]?.mentions.first { $0.sentence == evidence }?.text }
        return EndMentions(head: words(relation.head) ?? relation.firstEvidenceMentions?.head ?? "",
                           tail: words(relation.tail) ?? relation.firstEvidenceMentions?.tail ?? "")
    }
}

import Graph

extension GraphMLKey {
    /// One string key per entity attribute name that occurs in the graph
    /// (such as an event's `date`), sorted by attribute name.
    ///
    /// The attribute name becomes the key's `attr.name` with every character
    /// other than ASCII letters, digits, `_`, `-` and `.` replaced by `_` (an
    /// empty name becomes `attribute`), so it is a valid NMTOKEN. A name that
    /// is then taken, by a fixed node key such as `label` or by an earlier
    /// attribute, gets the first free suffix `_2`, `_3`, ... The key id is
    /// `attr_` and that name: `date` has id `attr_date`.
    ///
    /// - Complexity: O(*n* + *a* log *a*) for *n* entities and *a* distinct attribute names.
    static func attributeKeys(for graph: KnowledgeGraph) -> [(attribute: String, key: GraphMLKey)] {
        var attributes = Set<String>()
        for entity in graph.entities.values { attributes.formUnion(entity.attributes.keys) }
        var taken = Set(nodeKeys.map(\.name))
        return attributes.sorted().map { attribute in
            let base = nameToken(for: attribute)
            var name = base
            var suffix = 2
            while taken.contains(name) {
                name = "\(base)_\(suffix)"
                suffix += 1
            }
            taken.insert(name)
            return (attribute, GraphMLKey(id: "attr_" + name, domain: .node, name: name, type: .string))
        }
    }

    private static func nameToken(for attribute: String) -> String {
        let token = String(String.UnicodeScalarView(attribute.unicodeScalars.map { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": scalar
            default: "_"
            }
        }))
        return token.isEmpty ? "attribute" : token
    }
}

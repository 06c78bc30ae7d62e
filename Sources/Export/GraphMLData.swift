/// The data of one GraphML node or edge, by attribute name: a document's
/// dictionary, or a record being read.
protocol GraphMLData {
    /// The value of kg's datum `name`, if the element has one.
    subscript(name: GraphMLDataName) -> GraphMLDocument.Value? { get }
    /// Calls `body` with the name and value of each node datum that is not
    /// one of kg's own (see `GraphMLDataName.isNodeDatum`): an entity's attributes.
    func forEachAttribute(_ body: (String, GraphMLDocument.Value) -> Void)
}

extension GraphMLData {
    /// The datum `name` as a number, `nil` when absent; an error naming `element` when it is not a number.
    func number(_ name: GraphMLDataName, of element: @autoclosure () -> String) throws(GraphMLReadError) -> Double? {
        guard let value = self[name] else { return nil }
        guard let number = value.number else {
            throw GraphMLReadError(path: nil, reason: .notANumber(element: element(), name: name.text, value: value.description))
        }
        return number
    }

    /// The datum `name` split at kg's list separator (see `String.graphMLListElements`), `nil` when absent.
    ///
    /// - Complexity: O(*n*) in the length of the value.
    func list(_ name: GraphMLDataName) -> [String]? {
        self[name]?.description.graphMLListElements
    }
}

extension [String: GraphMLDocument.Value]: GraphMLData {
    /// The value of kg's datum `name`, if the dictionary has one.
    subscript(name: GraphMLDataName) -> GraphMLDocument.Value? { self[name.text] }

    /// Calls `body` with each datum whose name is not one of kg's node data.
    func forEachAttribute(_ body: (String, GraphMLDocument.Value) -> Void) {
        for (name, value) in self where !(GraphMLDataName(text: name)?.isNodeDatum ?? false) { body(name, value) }
    }
}

/// Where kg's data are among a document's keys: for nodes and for edges, the
/// key of each of kg's data names, and which keys are entity attributes.
/// Made once per set of keys, so that reading a record compares no names.
struct GraphMLKeyRoles {
    /// The key index of each data name (by `rawValue`) among the keys for nodes.
    let nodeKeys: [Int?]
    /// The key index of each data name (by `rawValue`) among the keys for edges.
    let edgeKeys: [Int?]
    /// The attribute name of each key, by key index.
    let names: [String]
    /// Whether each key, by key index, holds an entity attribute.
    let isAttribute: [Bool]

    /// The roles of `keys`, whose names are unique among the keys of each domain.
    ///
    /// - Complexity: O(*k*) in the keys.
    init(keys: [GraphMLDocument.Key]) {
        func indices(for domain: GraphMLDocument.Key.Domain) -> [Int?] {
            var found = [Int?](repeating: nil, count: GraphMLDataName.allCases.count)
            for (index, key) in keys.enumerated() where key.domain.applies(to: domain) {
                if let name = GraphMLDataName(text: key.name) { found[name.rawValue] = index }
            }
            return found
        }
        nodeKeys = indices(for: .node)
        edgeKeys = indices(for: .edge)
        names = keys.map(\.name)
        isAttribute = keys.map { !(GraphMLDataName(text: $0.name)?.isNodeDatum ?? false) }
    }
}

/// A record's data, looked up through the roles of the document's keys.
struct GraphMLRecordData: GraphMLData {
    /// The record's values by key index.
    let values: [GraphMLDocument.Value?]
    /// The key indices with values.
    let filled: [Int]
    /// The key index of each data name for the record's kind.
    let keys: [Int?]
    /// The roles of the document's keys.
    let roles: GraphMLKeyRoles

    /// The value of kg's datum `name`, if the record has one.
    ///
    /// - Complexity: O(1).
    subscript(name: GraphMLDataName) -> GraphMLDocument.Value? {
        keys[name.rawValue].flatMap { values[$0] }
    }

    /// Calls `body` with each datum whose key holds an entity attribute.
    func forEachAttribute(_ body: (String, GraphMLDocument.Value) -> Void) {
        for key in filled where roles.isAttribute[key] {
            if let value = values[key] { body(roles.names[key], value) }
        }
    }
}

/// The data of one GraphML node or edge, by attribute name: a document's
/// dictionary, or a record being read.
protocol GraphMLData {
    /// The value of the datum `name`, if the element has one.
    subscript(name: String) -> GraphMLDocument.Value? { get }
    /// Calls `body` with each datum's name and value.
    func forEachDatum(_ body: (String, GraphMLDocument.Value) -> Void)
}

extension GraphMLData {
    /// The datum `name` as a number, `nil` when absent; an error naming `element` when it is not a number.
    func number(_ name: String, of element: @autoclosure () -> String) throws(GraphMLReadError) -> Double? {
        guard let value = self[name] else { return nil }
        guard let number = value.number else {
            throw GraphMLReadError(path: nil, reason: .notANumber(element: element(), name: name, value: value.description))
        }
        return number
    }

    /// The datum `name` split at kg's list separator (see `String.graphMLListElements`), `nil` when absent.
    ///
    /// - Complexity: O(*n*) in the length of the value.
    func list(_ name: String) -> [String]? {
        self[name]?.description.graphMLListElements
    }
}

extension [String: GraphMLDocument.Value]: GraphMLData {
    /// Calls `body` with each datum's name and value.
    func forEachDatum(_ body: (String, GraphMLDocument.Value) -> Void) {
        for (name, value) in self { body(name, value) }
    }
}

/// A record's data, looked up by name among the keys it has values for.
struct GraphMLRecordData: GraphMLData {
    /// The record's values by key index.
    let values: [GraphMLDocument.Value?]
    /// The key indices with values.
    let filled: [Int]
    /// The attribute name of each key, by key index.
    let names: [String]

    /// The value of the datum `name`, if the record has one. A record holds
    /// values only of keys of its domain, whose names are unique.
    ///
    /// - Complexity: O(*d*) in the record's data: a few name comparisons
    ///   (lengths first), cheaper than hashing the name.
    subscript(name: String) -> GraphMLDocument.Value? {
        for key in filled where names[key].utf8.count == name.utf8.count && names[key] == name { return values[key] }
        return nil
    }

    /// Calls `body` with each datum's name and value.
    func forEachDatum(_ body: (String, GraphMLDocument.Value) -> Void) {
        for key in filled { if let value = values[key] { body(names[key], value) } }
    }
}

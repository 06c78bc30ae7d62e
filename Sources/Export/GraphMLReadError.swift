/// Why a GraphML file could not be read, with where: the file, the line when
/// known, and the element concerned.
public struct GraphMLReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong. Elements are named as in `node 'a'` or `edge 'e0' (a -> b)`.
    public enum Reason: Hashable, Sendable {
        /// The file could not be opened or read.
        case cannotRead(String)
        /// The input holds more bytes than the limit allows.
        case tooLarge(limit: Int)
        /// The input has no bytes at all.
        case empty
        /// libxml2 found the input not well-formed; its message.
        case malformedXML(String)
        /// The document has a DOCTYPE with an internal subset (entity or other declarations).
        case entityDeclarations
        /// The document refers to a general entity other than the five predefined ones.
        case entityReference(String)
        /// Elements nest deeper than the limit.
        case tooDeep(limit: Int)
        /// A text or attribute value is longer than the limit, in UTF-8 bytes.
        case textTooLong(limit: Int)
        /// The root element is not `<graphml>`; its name.
        case notGraphML(root: String)
        /// The document has no `<graph>` element.
        case noGraph
        /// A required attribute is missing.
        case missingAttribute(element: String, attribute: String)
        /// An attribute has a value its element does not allow.
        case invalidAttribute(element: String, attribute: String, value: String)
        /// Two `<key>` elements have one id.
        case duplicateKey(id: String)
        /// Two keys that apply to the same elements have one `attr.name`.
        case duplicateKeyName(id: String, name: String, otherID: String)
        /// Two nodes (or two edges) have one id.
        case duplicateID(element: String)
        /// A `<data>` element refers to a key no `<key>` declares.
        case undeclaredKey(element: String, key: String)
        /// A `<data>` element refers to a key declared for other elements.
        case keyForOtherElements(element: String, key: String, domain: String)
        /// An element has two `<data>` values for one key.
        case duplicateData(element: String, key: String)
        /// A value does not have its key's `attr.type`.
        case invalidValue(element: String, key: String, type: String, value: String)
        /// An edge refers to a node the graph does not declare.
        case unknownNode(edge: String, node: String)
        /// A node has no `type` data (a knowledge graph needs one).
        case missingType(node: String)
        /// A node's `type` is not an ontology type.
        case unknownType(node: String, type: String)
        /// An edge has no `relation` data (a knowledge graph needs one).
        case missingRelation(edge: String)
        /// An edge's `relation` is not in the ontology's vocabulary.
        case unknownRelation(edge: String, relation: String)
        /// A value that must be a number is not one.
        case notANumber(element: String, name: String, value: String)
        /// An edge joins two nodes whose labels give one entity id.
        case sameEntity(edge: String, entity: String)
    }

    /// The file read, or `nil` when the input was not a file and no name was given.
    public var path: String?
    /// The line the problem is on, when known.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(path: String?, line: Int? = nil, reason: Reason) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// A one-line message: `path:line: cause`, `path: cause`, `line N: cause` or the cause alone.
    public var description: String {
        switch (path, line) {
        case let (path?, line?): "\(path):\(line): \(reason)"
        case let (path?, nil): "\(path): \(reason)"
        case let (nil, line?): "line \(line): \(reason)"
        case (nil, nil): reason.description
        }
    }
}

extension GraphMLReadError.Reason: CustomStringConvertible {
    /// The cause in words.
    public var description: String {
        switch self {
        case let .cannotRead(reason): "cannot read the file: \(reason)"
        case let .tooLarge(limit): "the input is larger than the limit of \(limit) bytes"
        case .empty: "the input is empty, not a GraphML document"
        case let .malformedXML(message): "not well-formed XML: \(message)"
        case .entityDeclarations:
            "entity declarations are not allowed: the document has a DOCTYPE with an internal subset, "
                + "which is refused, never expanded"
        case let .entityReference(name): "the entity reference &\(name); is not allowed"
        case let .tooDeep(limit): "elements are nested deeper than the limit of \(limit)"
        case let .textTooLong(limit): "a text or attribute value is longer than the limit of \(limit) bytes"
        case let .notGraphML(root): "the root element is <\(root)>, not <graphml>"
        case .noGraph: "the document has no <graph> element"
        case let .missingAttribute(element, attribute): "\(element) has no '\(attribute)' attribute"
        case let .invalidAttribute(element, attribute, value): "\(element) has the invalid \(attribute) '\(value)'"
        case let .duplicateKey(id): "key '\(id)' is declared twice"
        case let .duplicateKeyName(id, name, otherID):
            "key '\(id)' has the attr.name '\(name)' of key '\(otherID)' for the same elements"
        case let .duplicateID(element): "\(element) is declared twice"
        case let .undeclaredKey(element, key): "\(element) has data for key '\(key)', which is not declared"
        case let .keyForOtherElements(element, key, domain):
            "\(element) has data for key '\(key)', which is declared for \(domain) elements"
        case let .duplicateData(element, key): "\(element) has two values for key '\(key)'"
        case let .invalidValue(element, key, type, value):
            "\(element) has the value '\(value)' for key '\(key)', which is not of its type \(type)"
        case let .unknownNode(edge, node): "\(edge) refers to node '\(node)', which is not declared"
        case let .missingType(node): "\(node) has no 'type' data"
        case let .unknownType(node, type): "\(node) has the type '\(type)', which is not an entity type of the ontology"
        case let .missingRelation(edge): "\(edge) has no 'relation' data"
        case let .unknownRelation(edge, relation):
            "\(edge) has the relation '\(relation)', which is not in the ontology's vocabulary"
        case let .notANumber(element, name, value): "\(element) has the \(name) '\(value)', which is not a number"
        case let .sameEntity(edge, entity): "\(edge) joins two nodes whose labels give one entity '\(entity)'"
        }
    }
}

/// The GraphML elements the builder tells apart, and any other by name.
enum GraphMLElementName: Equatable {
    case graphml, key, `default`, graph, node, edge, data
    /// An element GraphML's reader skips (or, as the root, refuses).
    case other(String)

    /// The element named `name`.
    init(_ name: String) {
        switch name {
        case "graphml": self = .graphml
        case "key": self = .key
        case "default": self = .default
        case "graph": self = .graph
        case "node": self = .node
        case "edge": self = .edge
        case "data": self = .data
        default: self = .other(name)
        }
    }

    /// The element's local name.
    var text: String {
        switch self {
        case .graphml: "graphml"
        case .key: "key"
        case .default: "default"
        case .graph: "graph"
        case .node: "node"
        case .edge: "edge"
        case .data: "data"
        case let .other(name): name
        }
    }
}

/// The attributes of GraphML elements the builder reads; every other one is ignored.
enum GraphMLAttributeName: Equatable {
    case id, source, target, key, `for`, attrName, attrType, edgeDefault, directed, other

    /// The attribute of qualified name `name`.
    init(_ name: String) {
        switch name {
        case "id": self = .id
        case "source": self = .source
        case "target": self = .target
        case "key": self = .key
        case "for": self = .for
        case "attr.name": self = .attrName
        case "attr.type": self = .attrType
        case "edgedefault": self = .edgeDefault
        case "directed": self = .directed
        default: self = .other
        }
    }
}

/// One attribute of a start tag: its name and its value's bytes in libxml2's buffer.
struct XMLAttribute {
    /// Which attribute it is.
    let name: GraphMLAttributeName
    /// The value's UTF-8 bytes, valid during the parser's callback only.
    let value: UnsafeBufferPointer<UInt8>
}

/// An element's start as the push parser reports it, valid during the callback only.
struct XMLStartTag {
    /// The local name.
    let name: GraphMLElementName
    /// Whether the element is GraphML's: in its namespace or in none.
    let isGraphML: Bool
    /// The attributes, in the parser's reused buffer.
    let attributes: UnsafeBufferPointer<XMLAttribute>

    /// The value of the attribute `name` as text, if the element has it.
    ///
    /// - Complexity: O(*a* + *v*) in the number of attributes and the value's length.
    subscript(name: GraphMLAttributeName) -> String? {
        bytes(of: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The value of the attribute `name` as bytes, if the element has it.
    ///
    /// - Complexity: O(*a*) in the number of attributes.
    func bytes(of name: GraphMLAttributeName) -> UnsafeBufferPointer<UInt8>? {
        attributes.first { $0.name == name }?.value
    }
}

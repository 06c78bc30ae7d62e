import CLibXML2

/// An element of a written XML file, parsed back with libxml2 for inspection.
struct ParsedElement: Sendable {
    /// The local name.
    let name: String
    /// The attributes by qualified name (`xsi:schemaLocation`), values decoded.
    let attributes: [String: String]
    /// The element's own character data, decoded.
    let text: String
    /// The child elements in document order.
    let children: [ParsedElement]

    /// The child elements with this name.
    func children(named name: String) -> [ParsedElement] {
        children.filter { $0.name == name }
    }

    /// Parses a whole document strictly (no recovery, no network); nil if it is not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> ParsedElement? {
        xmlInitParser()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), nil, nil, options) }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).map(element)
    }

    private static func element(_ node: xmlNodePtr) -> ParsedElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let prefix = current.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) + ":" } ?? ""
            attributes[prefix + name] = text(of: current.pointee.children)
            attribute = current.pointee.next
        }
        var children: [ParsedElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(element(current)) }
            child = current.pointee.next
        }
        return ParsedElement(name: String(cString: node.pointee.name), attributes: attributes,
                             text: text(of: node.pointee.children), children: children)
    }

    /// The concatenated character data of a list of sibling nodes.
    private static func text(of first: xmlNodePtr?) -> String {
        var text = ""
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                text += current.pointee.content.map { String(cString: $0) } ?? ""
            }
            node = current.pointee.next
        }
        return text
    }
}

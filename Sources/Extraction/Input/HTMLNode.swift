import CLibXML2

extension UnsafeMutablePointer<xmlNode> {
    /// The node and its following siblings, in document order.
    var withFollowingSiblings: [xmlNodePtr] {
        Array(sequence(first: self) { $0.pointee.next })
    }

    /// The node's children, in document order.
    var childNodes: [xmlNodePtr] {
        pointee.children?.withFollowingSiblings ?? []
    }

    /// The element's name (lowercase, as libxml2's HTML parser gives it); nil for other nodes.
    var elementName: String? {
        pointee.type == XML_ELEMENT_NODE ? String(cString: pointee.name) : nil
    }

    /// The text of the node's text and CDATA children, joined.
    var textContent: String {
        Self.text(of: childNodes)
    }

    /// The value of the element's attribute `name` (lowercase), entities decoded; nil if it has none.
    func attribute(_ name: String) -> String? {
        guard let attribute = xmlHasProp(self, name) else { return nil }
        return Self.text(of: attribute.pointee.children?.withFollowingSiblings ?? [])
    }

    /// The text of the text and CDATA nodes among `nodes`, joined.
    private static func text(of nodes: [xmlNodePtr]) -> String {
        nodes.lazy.filter { $0.pointee.type == XML_TEXT_NODE || $0.pointee.type == XML_CDATA_SECTION_NODE }
            .compactMap { $0.pointee.content.map { String(cString: $0) } }.joined()
    }
}

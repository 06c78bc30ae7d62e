import CLibXML2

/// Extracts the visible text of a parsed HTML page (see `VisibleTextBuilder` for its layout).
enum HTMLTextExtractor {
    /// The visible text of the page whose top-level nodes are `nodes`.
    static func visibleText(of nodes: [xmlNodePtr]) -> String {
        var builder = VisibleTextBuilder()
        walk(nodes, into: &builder)
        return builder.text
    }

    private enum Step {
        case enter(xmlNodePtr)
        case leave(HTMLElementRole)
    }

    /// Feeds `nodes` and their descendants, in document order, to `builder`. Iterative, so
    /// deeply nested markup cannot overflow the stack.
    private static func walk(_ nodes: [xmlNodePtr], into builder: inout VisibleTextBuilder) {
        var steps = nodes.reversed().map(Step.enter)
        while let step = steps.popLast() {
            switch step {
            case .leave(let role):
                builder.leave(role)
            case .enter(let node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { builder.append(String(cString: content)) }
                case XML_ELEMENT_NODE:
                    let role = role(of: node)
                    let content: [xmlNodePtr]
                    switch role {
                    case .hidden:
                        continue
                    case .head:
                        content = node.childNodes.filter { $0.elementName == "title" }
                    default:
                        content = node.childNodes
                    }
                    builder.enter(role)
                    steps.append(.leave(role))
                    steps.append(contentsOf: content.reversed().map(Step.enter))
                default:
                    continue  // comments, processing instructions, the doctype...
                }
            }
        }
    }

    /// What `node` does to the text; elements with the `hidden` attribute are not shown.
    private static func role(of node: xmlNodePtr) -> HTMLElementRole {
        xmlHasProp(node, "hidden") == nil ? HTMLElementRole(elementName: String(cString: node.pointee.name)) : .hidden
    }
}

import CLibXML2

/// Extracts the visible text of an HTML page with libxml2's HTML parser, which recovers from
/// broken markup and decodes entities. Nothing outside the given text is ever loaded.
enum HTMLTextExtractor {
    /// The largest input libxml2 takes in one buffer, in bytes.
    static let maximumInputSize = Int(Int32.max)

    /// Recover from broken markup, never touch the network, stay silent, and take the text as
    /// the UTF-8 it already is whatever charset the page declares. `XML_PARSE_HUGE` lifts the
    /// nesting limit of 256 elements, beyond which libxml2 silently drops the rest of the page
    /// (pages with unclosed tags reach it); the input is bounded by the reader's size limit.
    private static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
    )

    /// libxml2 asks to be initialised once before it is used from several threads.
    private static let parserInitialization: Void = xmlInitParser()

    /// The visible text of `html` (see `VisibleTextBuilder` for its layout); `html` must not be
    /// longer than `maximumInputSize` bytes in UTF-8.
    static func visibleText(of html: String) -> String {
        _ = parserInitialization
        var html = html
        let document = html.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(characters.count), nil, "UTF-8", parseOptions)
            }
        }
        guard let document else { return "" }
        defer { xmlFreeDoc(document) }

        var builder = VisibleTextBuilder()
        walk(children(of: document.pointee.children), into: &builder)
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
                        content = children(of: node.pointee.children).filter { isTitle($0) }
                    default:
                        content = children(of: node.pointee.children)
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

    /// `first` and its following siblings.
    private static func children(of first: xmlNodePtr?) -> [xmlNodePtr] {
        first.map { Array(sequence(first: $0) { $0.pointee.next }) } ?? []
    }

    private static func isTitle(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE && String(cString: node.pointee.name) == "title"
    }
}

/// Builds a `GraphMLDocument` from the events of an `XMLTextReader`, checking
/// GraphML's rules as it goes: declared and unique keys, data of the declared
/// type for the right elements, unique node ids, and (at the end) edges
/// between declared nodes.
///
/// Elements of other namespaces (yEd's `y:` graphics) and GraphML elements the
/// document does not keep (`desc`, `port`, `hyperedge`, `locator`) are skipped
/// with their content, except inside `<data>`, where their text is the value.
struct GraphMLDocumentBuilder {
    /// An open GraphML element that holds others.
    private enum Frame {
        case graphml
        /// A `<key>`, by index in `keys`.
        case key(Int)
        /// A `<graph>`: its edges' default direction and whether it is the one whose data is kept.
        case graph(directed: Bool, isMain: Bool)
        /// A `<node>`, by index in the document's nodes.
        case node(Int)
        /// An `<edge>`, by index in the document's edges.
        case edge(Int)
    }

    /// The text of a `<data>` element or of a key's `<default>`, being collected.
    private struct TextDraft {
        /// The element that holds the data, or the key for a default.
        let owner: Frame
        /// The key the value is for.
        let key: GraphMLDocument.Key
        let line: Int
        /// All character data.
        var text = ""
        /// The character data without white-space-only nodes, the value when there are child elements.
        var content = ""
        /// How many child elements are open inside.
        var openChildren = 0
        var hasChildren = false
    }

    private let path: String?
    private let maximumTextLength: Int
    private var document = GraphMLDocument()
    private var stack: [Frame] = []
    private var draft: TextDraft?
    /// How many elements of a skipped subtree are open.
    private var skipped = 0
    private var keyIndex: [String: Int] = [:]
    private var nodeIDs: Set<String> = []
    private var edgeIDs: Set<String> = []
    private var edgeLines: [Int] = []
    private var hasMainGraph = false

    /// A builder for the document at `path`, refusing data values longer than `maximumTextLength` bytes.
    init(path: String?, maximumTextLength: Int) {
        self.path = path
        self.maximumTextLength = maximumTextLength
    }

    /// Takes one event of the reader.
    ///
    /// - Complexity: O(1) amortized, plus O(*s*) for text of size *s* and O(*k*) to declare one of *k* keys.
    mutating func take(_ event: XMLTextReader.Event, line: Int) throws(GraphMLReadError) {
        switch event {
        case let .start(tag): try start(tag, line: line)
        case .end: try end()
        case let .text(text, isWhitespace): try self.text(text, isWhitespace: isWhitespace)
        }
    }

    /// The document, once the reader reached its end: key defaults filled in and edges checked.
    ///
    /// - Complexity: O((*n* + *e*) *d*) for *n* nodes, *e* edges and *d* keys with a default.
    consuming func finish() throws(GraphMLReadError) -> GraphMLDocument {
        guard hasMainGraph else { throw error(at: nil, .noGraph) }
        for key in document.keys {
            guard let value = key.defaultValue else { continue }
            if key.domain.applies(to: .node) {
                for index in document.nodes.indices where document.nodes[index].data[key.name] == nil {
                    document.nodes[index].data[key.name] = value
                }
            }
            if key.domain.applies(to: .edge) {
                for index in document.edges.indices where document.edges[index].data[key.name] == nil {
                    document.edges[index].data[key.name] = value
                }
            }
            if key.domain.applies(to: .graph) && document.graphData[key.name] == nil {
                document.graphData[key.name] = value
            }
        }
        for (edge, line) in zip(document.edges, edgeLines) {
            for end in [edge.source, edge.target] where !nodeIDs.contains(end) {
                throw error(at: line, .unknownNode(edge: edge.name, node: end))
            }
        }
        return document
    }

    private mutating func start(_ tag: XMLTextReader.StartTag, line: Int) throws(GraphMLReadError) {
        if skipped > 0 {
            skipped += 1
            return
        }
        if draft != nil {
            draft!.openChildren += 1
            draft!.hasChildren = true
            return
        }
        let isGraphML = tag.namespace == nil || tag.namespace == GraphMLWriter.namespace
        guard let parent = stack.last else {
            guard isGraphML && tag.name == "graphml" else {
                throw error(at: line, .notGraphML(root: tag.name))
            }
            stack.append(.graphml)
            return
        }
        guard isGraphML else {
            skipped = 1
            return
        }
        switch (parent, tag.name) {
        case (.graphml, "key"): stack.append(.key(try declareKey(tag, line: line)))
        case (.key(let index), "default"): draft = TextDraft(owner: parent, key: document.keys[index], line: line)
        case (.graphml, "graph"), (.node, "graph"), (.edge, "graph"):
            stack.append(try graph(tag, parent: parent, line: line))
        case (.graph, "node"): stack.append(.node(try node(tag, line: line)))
        case (.graph(let directed, _), "edge"): stack.append(.edge(try edge(tag, directed: directed, line: line)))
        case (.graphml, "data"), (.graph, "data"), (.node, "data"), (.edge, "data"):
            draft = try data(tag, owner: parent, line: line)
        default: skipped = 1
        }
    }

    private mutating func end() throws(GraphMLReadError) {
        if skipped > 0 {
            skipped -= 1
        } else if let finished = draft {
            if finished.openChildren > 0 {
                draft!.openChildren -= 1
            } else {
                draft = nil
                try store(finished)
            }
        } else {
            stack.removeLast()
        }
    }

    private mutating func text(_ text: String, isWhitespace: Bool) throws(GraphMLReadError) {
        guard skipped == 0, draft != nil else { return }
        draft!.text += text
        if !isWhitespace { draft!.content += text }
        guard draft!.text.utf8.count <= maximumTextLength else {
            throw error(at: draft!.line, .textTooLong(limit: maximumTextLength))
        }
    }

    private mutating func declareKey(_ tag: XMLTextReader.StartTag, line: Int) throws(GraphMLReadError) -> Int {
        let id = try attribute("id", of: tag, element: "<key>", line: line)
        let element = "key '\(id)'"
        guard keyIndex[id] == nil else { throw error(at: line, .duplicateKey(id: id)) }
        let domainText = tag.attributes["for"] ?? "all", typeText = tag.attributes["attr.type"] ?? "string"
        guard let domain = GraphMLDocument.Key.Domain(rawValue: domainText) else {
            throw error(at: line, .invalidAttribute(element: element, attribute: "for", value: domainText))
        }
        guard let type = GraphMLDocument.Key.ValueType(rawValue: typeText) else {
            throw error(at: line, .invalidAttribute(element: element, attribute: "attr.type", value: typeText))
        }
        let key = GraphMLDocument.Key(id: id, domain: domain, name: tag.attributes["attr.name"] ?? id, type: type)
        let clash = document.keys.first {
            $0.name == key.name && ($0.domain.applies(to: domain) || domain.applies(to: $0.domain))
        }
        if let other = clash {
            throw error(at: line, .duplicateKeyName(id: id, name: key.name, otherID: other.id))
        }
        keyIndex[id] = document.keys.count
        document.keys.append(key)
        return document.keys.count - 1
    }

    private mutating func graph(_ tag: XMLTextReader.StartTag, parent: Frame, line: Int) throws(GraphMLReadError) -> Frame {
        let inherited = stack.reversed().lazy.compactMap { frame -> Bool? in
            if case let .graph(directed, _) = frame { directed } else { nil }
        }.first ?? true
        let directed: Bool
        switch tag.attributes["edgedefault"] {
        case nil: directed = inherited
        case GraphMLDocument.EdgeDefault.directed.rawValue: directed = true
        case GraphMLDocument.EdgeDefault.undirected.rawValue: directed = false
        case let other?:
            throw error(at: line, .invalidAttribute(element: "<graph>", attribute: "edgedefault", value: other))
        }
        guard case .graphml = parent, !hasMainGraph else { return .graph(directed: directed, isMain: false) }
        hasMainGraph = true
        document.graphID = tag.attributes["id"]
        document.edgeDefault = directed ? .directed : .undirected
        return .graph(directed: directed, isMain: true)
    }

    private mutating func node(_ tag: XMLTextReader.StartTag, line: Int) throws(GraphMLReadError) -> Int {
        let node = GraphMLDocument.Node(id: try attribute("id", of: tag, element: "<node>", line: line))
        guard nodeIDs.insert(node.id).inserted else {
            throw error(at: line, .duplicateID(element: node.name))
        }
        document.nodes.append(node)
        return document.nodes.count - 1
    }

    private mutating func edge(_ tag: XMLTextReader.StartTag, directed: Bool, line: Int) throws(GraphMLReadError) -> Int {
        let id = tag.attributes["id"]
        let element = id.map { "edge '\($0)'" } ?? "<edge>"
        var edge = GraphMLDocument.Edge(id: id, source: try attribute("source", of: tag, element: element, line: line),
                                        target: try attribute("target", of: tag, element: element, line: line),
                                        directed: directed)
        switch tag.attributes["directed"].map({ String($0.trimmingXMLWhitespace) }) {
        case nil: break
        case "true", "1": edge.directed = true
        case "false", "0": edge.directed = false
        case let other?:
            throw error(at: line, .invalidAttribute(element: edge.name, attribute: "directed", value: other))
        }
        if let id, !edgeIDs.insert(id).inserted {
            throw error(at: line, .duplicateID(element: edge.name))
        }
        document.edges.append(edge)
        edgeLines.append(line)
        return document.edges.count - 1
    }

    private func data(_ tag: XMLTextReader.StartTag, owner: Frame, line: Int) throws(GraphMLReadError) -> TextDraft {
        let element = name(of: owner)
        let id = try attribute("key", of: tag, element: "<data> of \(element)", line: line)
        guard let index = keyIndex[id] else {
            throw error(at: line, .undeclaredKey(element: element, key: id))
        }
        let key = document.keys[index]
        guard key.domain.applies(to: domain(of: owner)) else {
            throw error(at: line, .keyForOtherElements(element: element, key: id, domain: key.domain.rawValue))
        }
        return TextDraft(owner: owner, key: key, line: line)
    }

    /// Checks a finished value against its key's type and stores it with its owner.
    private mutating func store(_ draft: TextDraft) throws(GraphMLReadError) {
        let text = draft.hasChildren ? draft.content : draft.text
        let element = name(of: draft.owner)
        guard let value = draft.key.type.value(of: text) else {
            let shown = text.count > 80 ? text.prefix(80) + "..." : text
            throw error(at: draft.line, .invalidValue(
                element: element, key: draft.key.id, type: draft.key.type.rawValue, value: shown))
        }
        let isNew: Bool
        switch draft.owner {
        case let .key(index):
            document.keys[index].defaultValue = value
            return
        case let .node(index): isNew = document.nodes[index].data.updateValue(value, forKey: draft.key.name) == nil
        case let .edge(index): isNew = document.edges[index].data.updateValue(value, forKey: draft.key.name) == nil
        case .graph(_, isMain: true): isNew = document.graphData.updateValue(value, forKey: draft.key.name) == nil
        case .graph, .graphml: return
        }
        guard isNew else {
            throw error(at: draft.line, .duplicateData(element: element, key: draft.key.id))
        }
    }

    private func attribute(_ name: String, of tag: XMLTextReader.StartTag, element: String,
                           line: Int) throws(GraphMLReadError) -> String {
        guard let value = tag.attributes[name] else {
            throw error(at: line, .missingAttribute(element: element, attribute: name))
        }
        return value
    }

    /// How error messages name the element a frame stands for.
    private func name(of frame: Frame) -> String {
        switch frame {
        case .graphml: "<graphml>"
        case let .key(index): "key '\(document.keys[index].id)'"
        case .graph: "<graph>"
        case let .node(index): document.nodes[index].name
        case let .edge(index): document.edges[index].name
        }
    }

    /// The key domain of the element a frame stands for (a key's default takes any).
    private func domain(of frame: Frame) -> GraphMLDocument.Key.Domain {
        switch frame {
        case .graphml: .graphml
        case .key: .all
        case .graph: .graph
        case .node: .node
        case .edge: .edge
        }
    }

    /// An error at `line` of this document.
    private func error(at line: Int?, _ reason: GraphMLReadError.Reason) -> GraphMLReadError {
        GraphMLReadError(path: path, line: line, reason: reason)
    }
}

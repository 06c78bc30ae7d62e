import Foundation

/// Reads GraphML's structure from the events of a `GraphMLPushParser`,
/// checking its rules as it goes (declared and unique keys, data of the
/// declared type for the right elements, unique node and edge ids), and hands
/// every finished node and edge to a `GraphMLRecordSink`.
///
/// Elements of other namespaces (yEd's `y:` graphics) and GraphML elements the
/// reader does not keep (`desc`, `port`, `hyperedge`, `locator`) are skipped
/// with their content, except inside `<data>`, where their text is the value.
/// Nested graphs (yEd's groups) are flattened: their nodes and edges are
/// handed on like the others.
struct GraphMLRecordBuilder {
    /// An open GraphML element that holds others.
    private enum Frame {
        case graphml
        /// A `<key>`, by index in `keys`.
        case key(Int)
        /// A `<graph>`: its edges' default direction and whether it is the one whose data is kept.
        case graph(directed: Bool, isMain: Bool)
        /// A `<node>` or `<edge>`, by index in `records`.
        case record(Int)
    }

    /// The `<data>` (or key `<default>`) whose text is being collected in `text`.
    private struct TextDraft {
        /// The element that holds the data, or the key for a default.
        let owner: Frame
        /// The index of the key the value is for.
        let key: Int
        let line: Int
        /// Where in `text` the run of characters since the last tag starts.
        var runStart = 0
        /// How many child elements are open inside.
        var openChildren = 0
        var hasChildren = false
    }

    private let path: String?
    private let maximumTextLength: Int
    private let sink: any GraphMLRecordSink
    /// The key declarations in document order.
    private(set) var keys: [GraphMLDocument.Key] = []
    /// The key ids' bytes one after the other, to find a `<data key>` without making a string.
    private var keyIDBytes: [UInt8] = []
    /// Where each key's id is in `keyIDBytes`, by key index.
    private var keyIDRanges: [Range<Int>] = []
    /// The keys by id.
    private var keyIndex: [String: Int] = [:]
    /// The keys by attribute name.
    private var keysNamed: [String: [Int]] = [:]
    /// The key most likely named next: data usually come in the same order in every element.
    private var nextKey = 0
    /// The indices of the keys with a default value for nodes and for edges,
    /// `nil` after a key or default was declared, until the next record ends.
    private var keysWithDefaults: (node: [Int], edge: [Int])?
    /// The id of the first top-level graph.
    private(set) var graphID: String?
    /// The first top-level graph's `edgedefault`.
    private(set) var edgeDefault = GraphMLDocument.EdgeDefault.directed
    /// The first top-level graph's data by attribute name.
    private(set) var graphData: [String: GraphMLDocument.Value] = [:]
    /// The ids of the nodes read.
    private(set) var nodeIDs: Set<String> = []
    /// The ids of the edges read that have one.
    private(set) var edgeIDs = EdgeIDSet()
    private var hasMainGraph = false
    private var stack: [Frame] = []
    private var draft: TextDraft?
    /// All character data of the open draft.
    private var text: [UInt8] = []
    /// Its character data without white-space-only runs between tags, the value when it has child elements.
    private var content: [UInt8] = []
    /// The open nodes and edges (nested graphs nest them), reused.
    private var records: [GraphMLRecord] = []
    private var openRecords = 0
    /// How many nodes and edges have started.
    private var nodeCount = 0, edgeCount = 0
    /// How many elements of a skipped subtree are open.
    private var skipped = 0

    /// A builder for the document at `path` that hands records to `sink` and
    /// refuses data values longer than `maximumTextLength` bytes.
    init(path: String?, maximumTextLength: Int, sink: any GraphMLRecordSink) {
        self.path = path
        self.maximumTextLength = maximumTextLength
        self.sink = sink
    }

    /// Whether the builder stands between two nodes or edges of the document's
    /// first graph: nothing open inside it, no value being read, nothing skipped.
    /// A document split there parses on from the same state whatever came before.
    var isBetweenRecordsOfMainGraph: Bool {
        guard skipped == 0, draft == nil, openRecords == 0, stack.count == 2, case .graph(_, isMain: true) = stack[1] else {
            return false
        }
        return true
    }

    /// Checks the end of the document: it had a graph; fills in graph data defaults.
    ///
    /// - Complexity: O(*k*) in the number of keys.
    mutating func finish() throws(GraphMLReadError) {
        guard hasMainGraph else { throw error(at: nil, .noGraph) }
        for key in keys where key.domain.applies(to: .graph) && graphData[key.name] == nil {
            if let value = key.defaultValue { graphData[key.name] = value }
        }
    }

    /// Takes an element's start.
    ///
    /// - Complexity: O(1) amortized, O(*k*) to declare one of *k* keys.
    mutating func start(_ tag: XMLStartTag, line: Int) throws(GraphMLReadError) {
        if skipped > 0 {
            skipped += 1
            return
        }
        if draft != nil {
            endRun()
            draft!.openChildren += 1
            draft!.hasChildren = true
            return
        }
        guard let parent = stack.last else {
            guard tag.isGraphML && tag.name == .graphml else {
                throw error(at: line, .notGraphML(root: tag.name.text))
            }
            stack.append(.graphml)
            return
        }
        guard tag.isGraphML else {
            skipped = 1
            return
        }
        switch (parent, tag.name) {
        case (.graphml, .key): stack.append(.key(try declareKey(tag, line: line)))
        case (.key(let index), .default): startDraft(TextDraft(owner: parent, key: index, line: line))
        case (.graphml, .graph), (.record, .graph): stack.append(try graph(tag, parent: parent, line: line))
        case (.graph, .node): stack.append(.record(try node(tag, line: line)))
        case (.graph(let directed, _), .edge): stack.append(.record(try edge(tag, directed: directed, line: line)))
        case (.graphml, .data), (.graph, .data), (.record, .data): startDraft(try data(tag, owner: parent, line: line))
        default: skipped = 1
        }
    }

    /// Takes the end of the innermost open element.
    ///
    /// - Complexity: O(1) amortized, plus O(*s*) to store a value of size *s*
    ///   and the sink's work for a node or edge.
    mutating func end() throws(GraphMLReadError) {
        if skipped > 0 {
            skipped -= 1
        } else if draft != nil {
            if draft!.hasChildren { endRun() }
            if draft!.openChildren > 0 {
                draft!.openChildren -= 1
            } else {
                let finished = draft!
                draft = nil
                try store(finished)
            }
        } else if case let .record(index) = stack.removeLast() {
            assert(index == openRecords - 1, "records close in the order they opened")
            try finishRecord(index)
        }
    }

    /// Takes character data (text, CDATA or white space), which counts only inside a value.
    ///
    /// - Complexity: O(*s*) in its size.
    mutating func characters(_ characters: UnsafeBufferPointer<UInt8>) throws(GraphMLReadError) {
        guard skipped == 0, let draft else { return }
        text.append(contentsOf: characters)
        guard text.count <= maximumTextLength else {
            throw error(at: draft.line, .textTooLong(limit: maximumTextLength))
        }
    }

    // MARK: - Elements

    private mutating func declareKey(_ tag: XMLStartTag, line: Int) throws(GraphMLReadError) -> Int {
        guard let id = tag[.id] else { throw error(at: line, .missingAttribute(element: "<key>", attribute: "id")) }
        let element = "key '\(id)'"
        guard keyIndex[id] == nil else { throw error(at: line, .duplicateKey(id: id)) }
        let domainText = tag[.for] ?? "all", typeText = tag[.attrType] ?? "string"
        guard let domain = GraphMLDocument.Key.Domain(rawValue: domainText) else {
            throw error(at: line, .invalidAttribute(element: element, attribute: "for", value: domainText))
        }
        guard let type = GraphMLDocument.Key.ValueType(rawValue: typeText) else {
            throw error(at: line, .invalidAttribute(element: element, attribute: "attr.type", value: typeText))
        }
        let key = GraphMLDocument.Key(id: id, domain: domain, name: tag[.attrName] ?? id, type: type)
        let declared = keys
        let clash = keysNamed[key.name, default: []].map { declared[$0] }.first {
            $0.domain.applies(to: domain) || domain.applies(to: $0.domain)
        }
        if let other = clash {
            throw error(at: line, .duplicateKeyName(id: id, name: key.name, otherID: other.id))
        }
        keyIndex[id] = keys.count
        keysWithDefaults = nil
        keysNamed[key.name, default: []].append(keys.count)
        keys.append(key)
        keyIDRanges.append(keyIDBytes.count..<keyIDBytes.count + id.utf8.count)
        keyIDBytes.append(contentsOf: id.utf8)
        return keys.count - 1
    }

    private mutating func graph(_ tag: XMLStartTag, parent: Frame, line: Int) throws(GraphMLReadError) -> Frame {
        let inherited = stack.reversed().lazy.compactMap { frame -> Bool? in
            if case let .graph(directed, _) = frame { directed } else { nil }
        }.first ?? true
        let directed: Bool
        switch tag[.edgeDefault] {
        case nil: directed = inherited
        case GraphMLDocument.EdgeDefault.directed.rawValue: directed = true
        case GraphMLDocument.EdgeDefault.undirected.rawValue: directed = false
        case let other?:
            throw error(at: line, .invalidAttribute(element: "<graph>", attribute: "edgedefault", value: other))
        }
        guard case .graphml = parent, !hasMainGraph else { return .graph(directed: directed, isMain: false) }
        hasMainGraph = true
        graphID = tag[.id]
        edgeDefault = directed ? .directed : .undirected
        return .graph(directed: directed, isMain: true)
    }

    /// Opens a record for reuse, returning its index.
    private mutating func openRecord(_ kind: GraphMLRecord.Kind, line: Int) -> Int {
        if openRecords == records.count { records.append(GraphMLRecord()) }
        records[openRecords].reset(kind: kind, line: line, keyCount: keys.count)
        switch kind {
        case .node:
            records[openRecords].ordinal = nodeCount
            nodeCount += 1
        case .edge:
            records[openRecords].ordinal = edgeCount
            edgeCount += 1
        }
        openRecords += 1
        return openRecords - 1
    }

    private mutating func node(_ tag: XMLStartTag, line: Int) throws(GraphMLReadError) -> Int {
        guard let id = tag[.id] else { throw error(at: line, .missingAttribute(element: "<node>", attribute: "id")) }
        guard nodeIDs.insert(id).inserted else { throw error(at: line, .duplicateID(element: "node '\(id)'")) }
        let index = openRecord(.node, line: line)
        records[index].id = id
        return index
    }

    private mutating func edge(_ tag: XMLStartTag, directed: Bool, line: Int) throws(GraphMLReadError) -> Int {
        let id = tag[.id]
        guard let source = tag[.source], let target = tag[.target] else {
            let attribute = tag[.source] == nil ? "source" : "target"
            throw error(at: line, .missingAttribute(element: id.map { "edge '\($0)'" } ?? "<edge>", attribute: attribute))
        }
        let index = openRecord(.edge, line: line)
        records[index].id = id
        records[index].source = source
        records[index].target = target
        records[index].directed = directed
        if let value = tag[.directed] {
            switch value.trimmingXMLWhitespace {
            case "true", "1": records[index].directed = true
            case "false", "0": records[index].directed = false
            case let other:
                throw error(at: line, .invalidAttribute(element: records[index].name, attribute: "directed", value: String(other)))
            }
        }
        if let id, !edgeIDs.insert(id) {
            throw error(at: line, .duplicateID(element: records[index].name))
        }
        return index
    }

    /// Fills in key defaults, hands the record to the sink and closes it.
    ///
    /// - Complexity: O(*d*) in the keys with defaults, O(*k*) in all keys after a key was declared.
    private mutating func finishRecord(_ index: Int) throws(GraphMLReadError) {
        if keysWithDefaults == nil {
            let defaulted = keys.indices.filter { keys[$0].defaultValue != nil }
            keysWithDefaults = (defaulted.filter { keys[$0].domain.applies(to: .node) },
                                defaulted.filter { keys[$0].domain.applies(to: .edge) })
        }
        for keyIndex in records[index].kind == .node ? keysWithDefaults!.node : keysWithDefaults!.edge {
            _ = records[index].set(keys[keyIndex].defaultValue!, at: keyIndex)
        }
        try sink.take(records[index], keys: keys)
        openRecords -= 1
    }

    // MARK: - Data

    private mutating func startDraft(_ started: TextDraft) {
        text.removeAll(keepingCapacity: true)
        content.removeAll(keepingCapacity: true)
        draft = started
    }

    /// Closes the run of characters since the last tag: it joins `content` unless it is only white space.
    private mutating func endRun() {
        let run = text[draft!.runStart...]
        if run.contains(where: { !$0.isXMLWhitespace }) {
            content.append(contentsOf: run)
        }
        draft!.runStart = text.count
    }

    private mutating func data(_ tag: XMLStartTag, owner: Frame, line: Int) throws(GraphMLReadError) -> TextDraft {
        guard let id = tag.bytes(of: .key) else {
            throw error(at: line, .missingAttribute(element: "<data> of \(name(of: owner))", attribute: "key"))
        }
        guard let index = findKey(id) else {
            throw error(at: line, .undeclaredKey(element: name(of: owner), key: String(decoding: id, as: UTF8.self)))
        }
        guard keys[index].domain.applies(to: domain(of: owner)) else {
            throw error(at: line, .keyForOtherElements(element: name(of: owner), key: keys[index].id,
                                                       domain: keys[index].domain.rawValue))
        }
        return TextDraft(owner: owner, key: index, line: line)
    }

    /// The index of the key whose id is `id`. The keys are tried in order from
    /// the one after the last found, comparing bytes: data usually come in key
    /// order, so the first or second try matches. A document with many keys is
    /// looked up by hashing instead.
    ///
    /// - Complexity: O(1) when data come in key order, else O(*k*) in the keys, at most `keysScanned`.
    private mutating func findKey(_ id: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = keyIDRanges.count
        guard count <= Self.keysScanned else {
            guard let index = keyIndex[String(decoding: id, as: UTF8.self)] else { return nil }
            nextKey = index + 1
            return index
        }
        let found = keyIDBytes.withUnsafeBufferPointer { bytes -> Int? in
            var index = nextKey < count ? nextKey : 0
            for _ in 0..<count {
                let range = keyIDRanges[index]
                if range.count == id.count,
                   id.isEmpty || memcmp(bytes.baseAddress! + range.lowerBound, id.baseAddress!, id.count) == 0 {
                    return index
                }
                index = index + 1 == count ? 0 : index + 1
            }
            return nil
        }
        if let found { nextKey = found + 1 }
        return found
    }

    /// The most keys `findKey` tries one by one before it hashes.
    private static let keysScanned = 48

    /// Checks a finished value against its key's type and stores it with its owner.
    private mutating func store(_ draft: TextDraft) throws(GraphMLReadError) {
        let type = keys[draft.key].type
        let bytes = draft.hasChildren ? content : text
        guard let value = bytes.withUnsafeBufferPointer({ type.value(of: $0) }) else {
            let text = String(decoding: bytes, as: UTF8.self)
            let shown = text.count > 80 ? text.prefix(80) + "..." : text
            throw error(at: draft.line, .invalidValue(
                element: name(of: draft.owner), key: keys[draft.key].id, type: type.rawValue, value: shown))
        }
        let isNew: Bool
        switch draft.owner {
        case let .key(index):
            keys[index].defaultValue = value
            keysWithDefaults = nil
            return
        case let .record(index): isNew = records[index].set(value, at: draft.key)
        case .graph(_, isMain: true): isNew = graphData.updateValue(value, forKey: keys[draft.key].name) == nil
        case .graph, .graphml: return
        }
        guard isNew else {
            throw error(at: draft.line, .duplicateData(element: name(of: draft.owner), key: keys[draft.key].id))
        }
    }

    /// How error messages name the element a frame stands for.
    private func name(of frame: Frame) -> String {
        switch frame {
        case .graphml: "<graphml>"
        case let .key(index): "key '\(keys[index].id)'"
        case .graph: "<graph>"
        case let .record(index): records[index].name
        }
    }

    /// The key domain of the element a frame stands for (a key's default takes any).
    private func domain(of frame: Frame) -> GraphMLDocument.Key.Domain {
        switch frame {
        case .graphml: .graphml
        case .key: .all
        case .graph: .graph
        case let .record(index): records[index].kind == .node ? .node : .edge
        }
    }

    /// An error at `line` of this document.
    private func error(at line: Int?, _ reason: GraphMLReadError.Reason) -> GraphMLReadError {
        GraphMLReadError(path: path, line: line, reason: reason)
    }
}

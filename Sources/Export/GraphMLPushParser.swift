import CLibXML2
import Foundation

/// libxml2's SAX2 push parser feeding a `GraphMLRecordBuilder`, with the
/// safety rules of `GraphMLReader` applied as it goes.
///
/// SAX2 rather than `xmlTextReader`: the reader builds and frees a tree node
/// for every element and text, which more than doubles the cost of a large
/// file (for a 526 MB GraphML file, 10.1 s against 4.2 s in C alone).
///
/// Nothing outside the input is ever read: no network (`XML_PARSE_NONET`), no
/// DTD loading and no entity substitution (neither `XML_PARSE_DTDLOAD` nor
/// `XML_PARSE_NOENT`); any declaration in a DOCTYPE's internal subset and any
/// entity reference other than the five predefined ones and character
/// references stops the parse with an error, so entities are never expanded.
/// Element depth and attribute lengths are limited here, text lengths by the
/// builder. Every libxml2 message goes to an `XMLErrorLog`.
///
/// A reference type because libxml2 holds it as its callback context; used on one thread.
final class GraphMLPushParser {
    /// Everything the callbacks change, behind a pointer: libxml2 calls back
    /// for every element and text, and a class's stored properties would
    /// cost a dynamic exclusivity check on each access.
    private struct State {
        var builder: GraphMLRecordBuilder
        /// The first error a callback raised; the parser is stopped at it.
        var failure: GraphMLReadError? {
            didSet { stopped = failure != nil }
        }
        /// Whether `failure` is set (cheaper to test on every event).
        var stopped = false
        var depth = 0
        /// What libxml2's interned element names stand for (local names live in
        /// the parser's dictionary for the whole parse, so the pointer identifies the name).
        var elementNames: [(name: UnsafeRawPointer, element: GraphMLElementName)] = []
        /// What libxml2's interned attribute names stand for, by local name and prefix.
        var attributeNames: [(local: UnsafeRawPointer, prefix: UnsafeRawPointer?, attribute: GraphMLAttributeName)] = []
        /// The attributes of the current start tag, reused.
        var attributeBuffer: [XMLAttribute] = []
        /// libxml2's interned namespace names, and whether each is GraphML's.
        var namespaces: [(name: UnsafeRawPointer, isGraphML: Bool)] = []
    }

    private let state: UnsafeMutablePointer<State>
    private let log: XMLErrorLog
    private let path: String?
    private let limits: GraphMLReader.Limits
    private var context: xmlParserCtxtPtr?
    /// The most names remembered, searched in order: GraphML documents use a handful.
    private static let nameCacheLimit = 64
    private static let chunkSize = 1 << 18

    /// A parser that feeds `builder`; `path` names the input in errors.
    init(builder: GraphMLRecordBuilder, log: XMLErrorLog, path: String?, limits: GraphMLReader.Limits) {
        state = .allocate(capacity: 1)
        state.initialize(to: State(builder: builder))
        self.log = log
        self.path = path
        self.limits = limits
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// What the document so far has built.
    var builder: GraphMLRecordBuilder { state.pointee.builder }

    /// Parses everything `input` gives as one document, to its end.
    ///
    /// - Throws: the first problem: the input's own (too large, unreadable,
    ///   empty), a rule of the reader, or libxml2's first error.
    /// - Complexity: O(*s*) in the size of the input, with O(1) memory besides the builder's.
    func parse(_ input: XMLInputStream) throws(GraphMLReadError) {
        try withContext { context throws(GraphMLReadError) in
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Self.chunkSize)
            defer { buffer.deallocate() }
            var count = input.fill(buffer, capacity: Int32(Self.chunkSize))
            while count > 0 {
                xmlParseChunk(context, buffer, count, 0)
                if state.pointee.stopped || log.firstError != nil { break }
                count = input.fill(buffer, capacity: Int32(Self.chunkSize))
            }
            try check(input, atEnd: false)
            xmlParseChunk(context, nil, 0, 1)
            try check(input, atEnd: true)
        }
    }

    /// A range of a source's bytes handed to the parser, and whether it must
    /// then stand between two nodes or edges of the main graph (see
    /// `GraphMLRecordBuilder.isBetweenRecordsOfMainGraph`).
    struct Segment {
        /// The byte offsets in the source.
        let range: Range<Int>
        /// Whether the parser must be between two records of the main graph after them.
        let endsBetweenRecords: Bool
    }

    /// Parses the `segments` of `source` in order as one document, or as a
    /// document's part that ends between two records unless `endsDocument`.
    ///
    /// - Returns: `false` when the parser did not stand between two records
    ///   where a segment asked it to, or the source could not be read (nothing
    ///   was wrong with the bytes read).
    /// - Throws: a rule of the reader or libxml2's first error.
    /// - Complexity: O(*s*) in the size of the segments, with O(1) memory besides the builder's.
    func parse(_ segments: [Segment], of source: GraphMLSource, endsDocument: Bool) throws(GraphMLReadError) -> Bool {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        defer { buffer.deallocate() }
        return try withContext { context throws(GraphMLReadError) -> Bool in
            for segment in segments {
                var offset = segment.range.lowerBound
                while offset < segment.range.upperBound {
                    let count = source.read(at: offset, into: buffer, count: min(Self.chunkSize, segment.range.upperBound - offset))
                    guard count > 0 else { return false }
                    xmlParseChunk(context, buffer.assumingMemoryBound(to: CChar.self), Int32(count), 0)
                    try check(nil, atEnd: false)
                    offset += count
                }
                if segment.endsBetweenRecords, !standsBetweenRecords(context) { return false }
            }
            if endsDocument {
                xmlParseChunk(context, nil, 0, 1)
                try check(nil, atEnd: true)
            }
            return true
        }
    }

    /// Whether everything libxml2 has consumed leaves the builder between two
    /// records of the main graph, with only white space left unparsed.
    private func standsBetweenRecords(_ context: xmlParserCtxtPtr) -> Bool {
        guard state.pointee.builder.isBetweenRecordsOfMainGraph, context.pointee.instate == XML_PARSER_CONTENT,
              let input = context.pointee.input, let current = input.pointee.cur, let end = input.pointee.end else {
            return false
        }
        return UnsafeBufferPointer(start: current, count: end - current).allSatisfy(\.isXMLWhitespace)
    }

    /// Runs `body` with a new push parser context, freed afterwards.
    private func withContext<Result>(_ body: (xmlParserCtxtPtr) throws(GraphMLReadError) -> Result) throws(GraphMLReadError) -> Result {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        var handler = Self.makeHandler()
        guard let created = xmlCreatePushParserCtxt(&handler, Unmanaged.passUnretained(self).toOpaque(), nil, 0, path) else {
            throw GraphMLReadError(path: path, reason: .malformedXML(log.firstError?.message ?? "libxml2 cannot create a parser"))
        }
        context = created
        defer {
            // libxml2 keeps entity declarations in a document of its own (`myDoc`) even in SAX
            // mode, and freeing the parser leaves it: a file with a DOCTYPE leaked it.
            if let document = created.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(created)
            context = nil
        }
        xmlCtxtUseOptions(created, options)
        return try body(created)
    }

    /// Throws what stopped the parser, if anything did: the input's own
    /// problem first, then a rule of the reader, then libxml2's first error.
    private func check(_ input: XMLInputStream?, atEnd: Bool) throws(GraphMLReadError) {
        if let input {
            if input.exceededLimit { throw error(at: nil, .tooLarge(limit: limits.maximumFileSize)) }
            if let failure = input.failure { throw error(at: nil, .cannotRead(failure)) }
            if atEnd, input.count == 0 { throw error(at: nil, .empty) }
        }
        if let failure = state.pointee.failure { throw failure }
        if let first = log.firstError { throw error(at: first.line, .malformedXML(first.message)) }
        if atEnd, let context, context.pointee.wellFormed == 0 {
            let message = log.otherMessages.isEmpty ? "libxml2 stopped without a message" : log.otherMessages
            throw error(at: line, .malformedXML(message))
        }
    }

    // MARK: - Callbacks

    private var line: Int {
        context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0
    }

    /// Stops the parser with `reason`, unless an earlier error already did.
    private func refuse(_ reason: GraphMLReadError.Reason, at line: Int?) {
        guard !state.pointee.stopped else { return }
        state.pointee.failure = error(at: line, reason)
        if let context { xmlStopParser(context) }
    }

    private func run(_ body: () throws(GraphMLReadError) -> Void) {
        guard !state.pointee.stopped else { return }
        do throws(GraphMLReadError) {
            try body()
        } catch {
            state.pointee.failure = error
            if let context { xmlStopParser(context) }
        }
    }

    /// The element an interned libxml2 local name stands for.
    private func elementName(_ characters: UnsafePointer<xmlChar>) -> GraphMLElementName {
        let key = UnsafeRawPointer(characters)
        if let known = state.pointee.elementNames.first(where: { $0.name == key }) { return known.element }
        let name = GraphMLElementName(String(cString: characters))
        if state.pointee.elementNames.count < Self.nameCacheLimit { state.pointee.elementNames.append((key, name)) }
        return name
    }

    /// Whether an interned libxml2 namespace name is GraphML's.
    private func isGraphMLNamespace(_ namespace: UnsafePointer<xmlChar>) -> Bool {
        let key = UnsafeRawPointer(namespace)
        if let known = state.pointee.namespaces.first(where: { $0.name == key }) { return known.isGraphML }
        let isGraphML = String(cString: namespace) == GraphMLWriter.namespace
        if state.pointee.namespaces.count < Self.nameCacheLimit { state.pointee.namespaces.append((key, isGraphML)) }
        return isGraphML
    }

    /// The attribute an interned libxml2 local name and prefix stand for.
    private func attributeName(_ local: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) -> GraphMLAttributeName {
        let key = UnsafeRawPointer(local), prefixKey = prefix.map(UnsafeRawPointer.init)
        if let known = state.pointee.attributeNames.first(where: { $0.local == key && $0.prefix == prefixKey }) {
            return known.attribute
        }
        let name = prefix == nil ? GraphMLAttributeName(String(cString: local)) : .other
        if state.pointee.attributeNames.count < Self.nameCacheLimit { state.pointee.attributeNames.append((key, prefixKey, name)) }
        return name
    }

    fileprivate func startElement(_ localName: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>?, attributeCount: Int,
                                  attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        run { () throws(GraphMLReadError) in
            state.pointee.depth += 1
            let line = self.line
            guard state.pointee.depth <= limits.maximumDepth else { throw error(at: line, .tooDeep(limit: limits.maximumDepth)) }
            state.pointee.attributeBuffer.removeAll(keepingCapacity: true)
            for index in 0..<attributeCount {
                guard let fields = attributes?.advanced(by: 5 * index), let local = fields[0],
                      let start = fields[3], let end = fields[4] else { continue }
                let length = end - start
                guard length <= limits.maximumTextLength else {
                    throw error(at: line, .textTooLong(limit: limits.maximumTextLength))
                }
                state.pointee.attributeBuffer.append(XMLAttribute(name: attributeName(local, prefix: fields[1]),
                                                    value: UnsafeBufferPointer(start: start, count: length)))
            }
            let isGraphML = namespace.map(isGraphMLNamespace) ?? true
            let name = elementName(localName)
            try state.pointee.attributeBuffer.withUnsafeBufferPointer { attributes throws(GraphMLReadError) in
                try state.pointee.builder.start(XMLStartTag(name: name, isGraphML: isGraphML, attributes: attributes), line: line)
            }
        }
    }

    fileprivate func endElement() {
        run { () throws(GraphMLReadError) in
            state.pointee.depth -= 1
            try state.pointee.builder.end()
        }
    }

    fileprivate func characters(_ characters: UnsafePointer<xmlChar>?, count: Int) {
        guard let characters, count > 0 else { return }
        run { () throws(GraphMLReadError) in
            try state.pointee.builder.characters(UnsafeBufferPointer(start: characters, count: count))
        }
    }

    fileprivate func declaration() {
        refuse(.entityDeclarations, at: nil)
    }

    fileprivate func reference(_ name: UnsafePointer<xmlChar>?) {
        refuse(.entityReference(name.map { String(cString: $0) } ?? ""), at: line)
    }

    /// An error at `line` of this input.
    private func error(at line: Int?, _ reason: GraphMLReadError.Reason) -> GraphMLReadError {
        GraphMLReadError(path: path, line: line, reason: reason)
    }

    /// The callbacks, each passing its event to the parser that is libxml2's user data.
    private static func makeHandler() -> xmlSAXHandler {
        /// Calls `body` with the parser of a callback's context, without retaining it:
        /// the parser outlives the libxml2 context that calls back.
        func withParser(_ context: UnsafeMutableRawPointer?, _ body: (GraphMLPushParser) -> Void) {
            Unmanaged<GraphMLPushParser>.fromOpaque(context!)._withUnsafeGuaranteedRef(body)
        }
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, localName, _, namespace, _, _, attributeCount, _, attributes in
            withParser(context) {
                $0.startElement(localName!, namespace: namespace, attributeCount: Int(attributeCount), attributes: attributes)
            }
        }
        sax.endElementNs = { context, _, _, _ in withParser(context) { $0.endElement() } }
        sax.characters = { context, characters, count in withParser(context) { $0.characters(characters, count: Int(count)) } }
        sax.cdataBlock = { context, characters, count in withParser(context) { $0.characters(characters, count: Int(count)) } }
        sax.ignorableWhitespace = { context, characters, count in
            withParser(context) { $0.characters(characters, count: Int(count)) }
        }
        sax.entityDecl = { context, _, _, _, _, _ in withParser(context) { $0.declaration() } }
        sax.unparsedEntityDecl = { context, _, _, _, _ in withParser(context) { $0.declaration() } }
        sax.notationDecl = { context, _, _, _ in withParser(context) { $0.declaration() } }
        sax.attributeDecl = { context, _, _, _, _, _, tree in
            xmlFreeEnumeration(tree)
            withParser(context) { $0.declaration() }
        }
        sax.elementDecl = { context, _, _, _ in withParser(context) { $0.declaration() } }
        sax.reference = { context, name in withParser(context) { $0.reference(name) } }
        sax.serror = { context, error in withParser(context) { $0.log.record(error) } }
        return sax
    }
}

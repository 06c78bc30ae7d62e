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
    /// What the document so far has built.
    private(set) var builder: GraphMLRecordBuilder
    private let log: XMLErrorLog
    private let path: String?
    private let limits: GraphMLReader.Limits
    private var context: xmlParserCtxtPtr?
    /// The first error a callback raised; the parser is stopped at it.
    private var failure: GraphMLReadError?
    private var depth = 0
    /// What libxml2's interned element names stand for (local names live in
    /// the parser's dictionary for the whole parse, so the pointer identifies the name).
    private var elementNames: [UnsafeRawPointer: GraphMLElementName] = [:]
    /// What libxml2's interned attribute names stand for, by local name and prefix.
    private var attributeNames: [AttributeNameKey: GraphMLAttributeName] = [:]
    /// The attributes of the current start tag, reused.
    private var attributeBuffer: [XMLAttribute] = []
    /// The most names remembered, against documents of endlessly new names.
    private static let nameCacheLimit = 4096
    private static let chunkSize = 1 << 18

    /// A parser that feeds `builder`; `path` names the input in errors.
    init(builder: GraphMLRecordBuilder, log: XMLErrorLog, path: String?, limits: GraphMLReader.Limits) {
        self.builder = builder
        self.log = log
        self.path = path
        self.limits = limits
    }

    /// Parses everything `input` gives as one document, to its end.
    ///
    /// - Throws: the first problem: the input's own (too large, unreadable,
    ///   empty), a rule of the reader, or libxml2's first error.
    /// - Complexity: O(*s*) in the size of the input, with O(1) memory besides the builder's.
    func parse(_ input: XMLInputStream) throws(GraphMLReadError) {
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
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        var count = input.fill(buffer, capacity: Int32(Self.chunkSize))
        while count > 0 {
            xmlParseChunk(created, buffer, count, 0)
            if failure != nil || log.firstError != nil { break }
            count = input.fill(buffer, capacity: Int32(Self.chunkSize))
        }
        try check(input, atEnd: false)
        xmlParseChunk(created, nil, 0, 1)
        try check(input, atEnd: true)
    }

    /// Throws what stopped the parser, if anything did: the input's own
    /// problem first, then a rule of the reader, then libxml2's first error.
    private func check(_ input: XMLInputStream, atEnd: Bool) throws(GraphMLReadError) {
        if input.exceededLimit { throw error(at: nil, .tooLarge(limit: limits.maximumFileSize)) }
        if let failure = input.failure { throw error(at: nil, .cannotRead(failure)) }
        if atEnd, input.count == 0 { throw error(at: nil, .empty) }
        if let failure { throw failure }
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
        guard failure == nil else { return }
        failure = error(at: line, reason)
        if let context { xmlStopParser(context) }
    }

    private func run(_ body: () throws(GraphMLReadError) -> Void) {
        guard failure == nil else { return }
        do throws(GraphMLReadError) {
            try body()
        } catch {
            failure = error
            if let context { xmlStopParser(context) }
        }
    }

    /// The element an interned libxml2 local name stands for.
    private func elementName(_ characters: UnsafePointer<xmlChar>) -> GraphMLElementName {
        let key = UnsafeRawPointer(characters)
        if let known = elementNames[key] { return known }
        let name = GraphMLElementName(String(cString: characters))
        if elementNames.count < Self.nameCacheLimit { elementNames[key] = name }
        return name
    }

    /// The attribute an interned libxml2 local name and prefix stand for.
    private func attributeName(_ local: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) -> GraphMLAttributeName {
        let key = AttributeNameKey(local: UnsafeRawPointer(local), prefix: prefix.map(UnsafeRawPointer.init))
        if let known = attributeNames[key] { return known }
        let name = prefix == nil ? GraphMLAttributeName(String(cString: local)) : .other
        if attributeNames.count < Self.nameCacheLimit { attributeNames[key] = name }
        return name
    }

    fileprivate func startElement(_ localName: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>?, attributeCount: Int,
                                  attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        run { () throws(GraphMLReadError) in
            depth += 1
            let line = self.line
            guard depth <= limits.maximumDepth else { throw error(at: line, .tooDeep(limit: limits.maximumDepth)) }
            attributeBuffer.removeAll(keepingCapacity: true)
            for index in 0..<attributeCount {
                guard let fields = attributes?.advanced(by: 5 * index), let local = fields[0],
                      let start = fields[3], let end = fields[4] else { continue }
                let length = end - start
                guard length <= limits.maximumTextLength else {
                    throw error(at: line, .textTooLong(limit: limits.maximumTextLength))
                }
                attributeBuffer.append(XMLAttribute(name: attributeName(local, prefix: fields[1]),
                                                    value: UnsafeBufferPointer(start: start, count: length)))
            }
            let isGraphML = namespace.map {
                strcmp(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), GraphMLWriter.namespace) == 0
            } ?? true
            let name = elementName(localName)
            try attributeBuffer.withUnsafeBufferPointer { attributes throws(GraphMLReadError) in
                try builder.start(XMLStartTag(name: name, isGraphML: isGraphML, attributes: attributes), line: line)
            }
        }
    }

    fileprivate func endElement() {
        run { () throws(GraphMLReadError) in
            depth -= 1
            try builder.end()
        }
    }

    fileprivate func characters(_ characters: UnsafePointer<xmlChar>?, count: Int) {
        guard let characters, count > 0 else { return }
        run { () throws(GraphMLReadError) in
            try builder.characters(UnsafeBufferPointer(start: characters, count: count))
        }
    }

    fileprivate func declaration() {
        refuse(.entityDeclarations, at: nil)
    }

    fileprivate func reference(_ name: UnsafePointer<xmlChar>?) {
        refuse(.entityReference(name.map { String(cString: $0) } ?? ""), at: line)
    }

    /// An attribute's interned local name and prefix.
    private struct AttributeNameKey: Hashable {
        let local: UnsafeRawPointer
        let prefix: UnsafeRawPointer?
    }

    /// An error at `line` of this input.
    private func error(at line: Int?, _ reason: GraphMLReadError.Reason) -> GraphMLReadError {
        GraphMLReadError(path: path, line: line, reason: reason)
    }

    /// The callbacks, each passing its event to the parser that is libxml2's user data.
    private static func makeHandler() -> xmlSAXHandler {
        func parser(_ context: UnsafeMutableRawPointer?) -> GraphMLPushParser {
            Unmanaged<GraphMLPushParser>.fromOpaque(context!).takeUnretainedValue()
        }
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, localName, _, namespace, _, _, attributeCount, _, attributes in
            parser(context).startElement(localName!, namespace: namespace,
                                         attributeCount: Int(attributeCount), attributes: attributes)
        }
        sax.endElementNs = { context, _, _, _ in parser(context).endElement() }
        sax.characters = { context, characters, count in parser(context).characters(characters, count: Int(count)) }
        sax.cdataBlock = { context, characters, count in parser(context).characters(characters, count: Int(count)) }
        sax.ignorableWhitespace = { context, characters, count in parser(context).characters(characters, count: Int(count)) }
        sax.entityDecl = { context, _, _, _, _, _ in parser(context).declaration() }
        sax.unparsedEntityDecl = { context, _, _, _, _ in parser(context).declaration() }
        sax.notationDecl = { context, _, _, _ in parser(context).declaration() }
        sax.attributeDecl = { context, _, _, _, _, _, tree in
            xmlFreeEnumeration(tree)
            parser(context).declaration()
        }
        sax.elementDecl = { context, _, _, _ in parser(context).declaration() }
        sax.reference = { context, name in parser(context).reference(name) }
        sax.serror = { context, error in parser(context).log.record(error) }
        return sax
    }
}

import CLibXML2

/// libxml2's streaming `xmlTextReader` over an `XMLInputStream`, turned into
/// a sequence of start tags, end tags and text, with the safety rules of
/// `GraphMLReader` applied as it goes.
///
/// Nothing outside the input is ever read: no network (`XML_PARSE_NONET`),
/// no DTD loading, no entity substitution (neither `XML_PARSE_DTDLOAD` nor
/// `XML_PARSE_NOENT`), and a DOCTYPE with an internal subset or any entity
/// reference stops the reading with an error, so entities are never expanded.
/// Element depth and text and attribute lengths are limited. Every libxml2
/// message goes to an `XMLErrorLog` and the first error is thrown.
struct XMLTextReader: ~Copyable {
    /// An element's start: local name, namespace and attributes by qualified name.
    struct StartTag {
        let name: String
        let namespace: String?
        let attributes: [String: String]
    }

    /// One thing the reader found, at a line.
    enum Event {
        /// An element starts (an empty element is followed by its `end`).
        case start(StartTag)
        /// The innermost open element ends.
        case end
        /// Character data (text, CDATA or white space).
        case text(String, isWhitespace: Bool)
    }

    private let reader: OpaquePointer
    private let input: XMLInputStream
    private let log: XMLErrorLog
    private let path: String?
    private let limits: GraphMLReader.Limits
    private var pendingEnd: Int?
    /// The document libxml2 built, once taken to inspect its DOCTYPE; freed after the reader.
    private var document: xmlDocPtr?

    /// A reader of `input`; `path` names it in errors and in libxml2's messages.
    init(input: XMLInputStream, log: XMLErrorLog, path: String?, limits: GraphMLReader.Limits) throws(GraphMLReadError) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let context = Unmanaged.passUnretained(input).toOpaque()
        let created = xmlReaderForIO({ context, buffer, capacity in
            Unmanaged<XMLInputStream>.fromOpaque(context!).takeUnretainedValue().fill(buffer!, capacity: capacity)
        }, nil, context, path, nil, options)
        guard let created else {
            let message = log.firstError?.message ?? "libxml2 cannot create a reader"
            throw Self.inputFailure(input, path: path, limits: limits)
                ?? GraphMLReadError(path: path, reason: .malformedXML(message))
        }
        xmlTextReaderSetStructuredErrorHandler(created, { context, error in
            Unmanaged<XMLErrorLog>.fromOpaque(context!).takeUnretainedValue().record(error)
        }, Unmanaged.passUnretained(log).toOpaque())
        reader = created
        self.input = input
        self.log = log
        self.path = path
        self.limits = limits
    }

    deinit {
        xmlFreeTextReader(reader)
        if let document { xmlFreeDoc(document) }
    }

    /// The next event and its line, or `nil` at the end of the document.
    ///
    /// - Complexity: amortized O(*s*) in the size of the event's text and attributes.
    mutating func next() throws(GraphMLReadError) -> (event: Event, line: Int)? {
        if let line = pendingEnd {
            pendingEnd = nil
            return (.end, line)
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status < 0 || log.firstError != nil { throw failure() }
            if status == 0 {
                if let problem = Self.inputFailure(input, path: path, limits: limits) { throw problem }
                return nil
            }
            let line = currentLine
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let depth = Int(xmlTextReaderDepth(reader)) + 1
                guard depth <= limits.maximumDepth else {
                    throw error(at: line, .tooDeep(limit: limits.maximumDepth))
                }
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                let tag = try startTag(line: line)
                if isEmpty { pendingEnd = line }
                return (.start(tag), line)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return (.end, line)
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                return (.text(try string(xmlTextReaderConstValue(reader), line: line), isWhitespace: false), line)
            case Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                return (.text(try string(xmlTextReaderConstValue(reader), line: line), isWhitespace: true), line)
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                let node = xmlTextReaderCurrentNode(reader)
                if hasDeclarations(node.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlDtd.self) }) {
                    throw error(at: nil, .entityDeclarations)
                }
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw error(at: line, .entityReference(try string(xmlTextReaderConstName(reader), line: line)))
            default:
                continue
            }
        }
    }

    /// The line of the current node, or the parser's line when the node has none.
    private var currentLine: Int {
        let line = xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? 0
        return line > 0 ? line : Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private func startTag(line: Int) throws(GraphMLReadError) -> StartTag {
        let name = try string(xmlTextReaderConstLocalName(reader), line: line)
        let uri = xmlTextReaderConstNamespaceUri(reader)
        let namespace = uri == nil ? nil : try string(uri, line: line)
        var attributes: [String: String] = [:]
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = try string(xmlTextReaderConstName(reader), line: line)
            attributes[name] = try string(xmlTextReaderConstValue(reader), line: line)
        }
        xmlTextReaderMoveToElement(reader)
        return StartTag(name: name, namespace: namespace, attributes: attributes)
    }

    /// A libxml2 string as Swift text, refused when longer than the limit.
    private func string(_ characters: UnsafePointer<xmlChar>?, line: Int) throws(GraphMLReadError) -> String {
        guard let characters else { return "" }
        let length = Int(xmlStrlen(characters))
        guard length <= limits.maximumTextLength else {
            throw error(at: line, .textTooLong(limit: limits.maximumTextLength))
        }
        return String(decoding: UnsafeBufferPointer(start: characters, count: length), as: UTF8.self)
    }

    /// Whether a DTD node holds declarations (an internal subset that is not empty).
    private func hasDeclarations(_ dtd: UnsafeMutablePointer<xmlDtd>?) -> Bool {
        guard let dtd else { return false }
        return dtd.pointee.children != nil || dtd.pointee.entities != nil || dtd.pointee.pentities != nil
    }

    /// The error to throw when libxml2 stopped: the input's own problem first
    /// (too large, unreadable, empty), then declarations libxml2 tripped over
    /// before the reader reached the DOCTYPE (billion laughs), then libxml2's message.
    private mutating func failure() -> GraphMLReadError {
        if let problem = Self.inputFailure(input, path: path, limits: limits) { return problem }
        // Taking the document makes the reader leave it to us to free (in deinit).
        if document == nil { document = xmlTextReaderCurrentDoc(reader) }
        if hasDeclarations(document?.pointee.intSubset) {
            return error(at: nil, .entityDeclarations)
        }
        if let first = log.firstError { return error(at: first.line, .malformedXML(first.message)) }
        let message = log.otherMessages.isEmpty ? "libxml2 stopped without a message" : log.otherMessages
        return error(at: Int(xmlTextReaderGetParserLineNumber(reader)), .malformedXML(message))
    }

    /// The input's own problem, if it has one: too large, unreadable or empty.
    private static func inputFailure(_ input: XMLInputStream, path: String?,
                                     limits: GraphMLReader.Limits) -> GraphMLReadError? {
        let reason: GraphMLReadError.Reason
        if input.exceededLimit {
            reason = .tooLarge(limit: limits.maximumFileSize)
        } else if let failure = input.failure {
            reason = .cannotRead(failure)
        } else if input.count == 0 {
            reason = .empty
        } else {
            return nil
        }
        return GraphMLReadError(path: path, reason: reason)
    }

    /// An error at `line` of this input.
    private func error(at line: Int?, _ reason: GraphMLReadError.Reason) -> GraphMLReadError {
        GraphMLReadError(path: path, line: line, reason: reason)
    }
}

import CLibXML2

/// A libxml2 `xmlTextWriter` that writes to a file descriptor or to memory.
///
/// Every name and text passes through `String.xmlSafe` before it reaches
/// libxml2, so no character that XML 1.0 forbids (and no NUL, which would cut
/// a C string short) can get into the output. libxml2 does the escaping of
/// `<`, `&`, `"` and the like. Each failed call throws, naming `destination`.
struct XMLTextWriter: ~Copyable {
    private let writer: xmlTextWriterPtr
    private let buffer: xmlBufferPtr?
    private let destination: String

    /// A writer that streams to an open file descriptor, which it does not close.
    init(descriptor: Int32, destination: String) throws(ExportError) {
        xmlInitParser()
        xmlResetLastError()
        guard let output = xmlOutputBufferCreateFd(descriptor, nil) else {
            throw .xmlWriterFailed(path: destination, operation: "create an output buffer", reason: "out of memory")
        }
        guard let writer = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw .xmlWriterFailed(path: destination, operation: "create a text writer", reason: "out of memory")
        }
        self.init(writer: writer, buffer: nil, destination: destination)
    }

    /// A writer that collects the document in memory; see `finish()`.
    init() throws(ExportError) {
        let destination = "<memory>"
        xmlInitParser()
        xmlResetLastError()
        guard let buffer = xmlBufferCreate() else {
            throw .xmlWriterFailed(path: destination, operation: "create a buffer", reason: "out of memory")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .xmlWriterFailed(path: destination, operation: "create a text writer", reason: "out of memory")
        }
        self.init(writer: writer, buffer: buffer, destination: destination)
    }

    private init(writer: xmlTextWriterPtr, buffer: xmlBufferPtr?, destination: String) {
        self.writer = writer
        self.buffer = buffer
        self.destination = destination
        xmlTextWriterSetIndent(writer, 1)
        _ = xmlTextWriterSetIndentString(writer, Self.characters(of: "  "))
    }

    deinit {
        xmlFreeTextWriter(writer)
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Writes the XML declaration: version 1.0, encoding UTF-8.
    func startDocument() throws(ExportError) {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element.
    func startElement(_ name: StaticString) throws(ExportError) {
        try check(xmlTextWriterStartElement(writer, Self.characters(of: name)), "start element \(name)")
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: StaticString, _ value: String) throws(ExportError) {
        let result = Self.withXMLChars(value) { xmlTextWriterWriteAttribute(writer, Self.characters(of: name), $0) }
        try check(result, "write attribute \(name)")
    }

    /// Writes character data into the open element.
    func text(_ content: String) throws(ExportError) {
        try check(Self.withXMLChars(content) { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// Closes the innermost open element (as `<name/>` if it is empty).
    func endElement() throws(ExportError) {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// Closes all open elements and ends the document.
    func endDocument() throws(ExportError) {
        try check(xmlTextWriterEndDocument(writer), "end the document")
    }

    /// Closes all open elements, ends the document and flushes it to the
    /// destination; returns the document's bytes when writing to memory, else none.
    consuming func finish() throws(ExportError) -> [UInt8] {
        try endDocument()
        let length = try flush()
        return buffer == nil ? [] : bytes(in: 0..<length)
    }

    /// Flushes what was written to the destination; returns how many bytes
    /// the memory document holds (0 when writing to a file descriptor).
    @discardableResult
    func flush() throws(ExportError) -> Int {
        try check(xmlTextWriterFlush(writer), "flush the output")
        return buffer.map { Int(xmlBufferLength($0)) } ?? 0
    }

    /// The bytes `range` of the memory document as of the last `flush()`.
    ///
    /// - Precondition: the writer writes to memory and `range` lies within what was flushed.
    /// - Complexity: O(*b*) in the bytes returned.
    func bytes(in range: Range<Int>) -> [UInt8] {
        guard let buffer, let content = xmlBufferContent(buffer) else { preconditionFailure("a memory writer") }
        precondition(range.upperBound <= Int(xmlBufferLength(buffer)), "the bytes were flushed")
        return Array(UnsafeBufferPointer(start: content + range.lowerBound, count: range.count))
    }

    private func check(_ result: Int32, _ operation: @autoclosure () -> String) throws(ExportError) {
        guard result < 0 else { return }
        let operation = operation()
        let message = xmlGetLastError().flatMap { $0.pointee.message }.map { String(cString: $0) }
        let reason = message.map { String($0.reversed().drop { $0.isWhitespace }.reversed()) } ?? "unknown error"
        throw .xmlWriterFailed(path: destination, operation: operation, reason: reason)
    }

    /// The NUL-terminated bytes of a name: a string literal, ASCII by the callers' choice.
    private static func characters(of name: StaticString) -> UnsafePointer<xmlChar> {
        assert(name.hasPointerRepresentation && name.isASCII, "element and attribute names are ASCII literals")
        return name.utf8Start
    }

    private static func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        let safe = text.xmlSafe
        return safe.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: safe.utf8.count + 1, body)
        }
    }
}

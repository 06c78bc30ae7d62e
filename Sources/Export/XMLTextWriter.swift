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
        Self.withXMLChars("  ") { _ = xmlTextWriterSetIndentString(writer, $0) }
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
    func startElement(_ name: String) throws(ExportError) {
        try check(Self.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "start element \(name)")
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) throws(ExportError) {
        let result = Self.withXMLChars(name) { name in
            Self.withXMLChars(value) { xmlTextWriterWriteAttribute(writer, name, $0) }
        }
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

    /// Closes all open elements, ends the document and flushes it to the
    /// destination; returns the document's bytes when writing to memory, else none.
    consuming func finish() throws(ExportError) -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the output")
        guard let buffer, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private func check(_ result: Int32, _ operation: String) throws(ExportError) {
        guard result < 0 else { return }
        let message = xmlGetLastError().flatMap { $0.pointee.message }.map { String(cString: $0) }
        let reason = message.map { String($0.reversed().drop { $0.isWhitespace }.reversed()) } ?? "unknown error"
        throw .xmlWriterFailed(path: destination, operation: operation, reason: reason)
    }

    private static func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        let safe = text.xmlSafe
        return safe.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: safe.utf8.count + 1, body)
        }
    }
}

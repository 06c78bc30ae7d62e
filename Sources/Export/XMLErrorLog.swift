import CLibXML2
import Foundation

/// Collects what libxml2 reports while reading one document, so that nothing
/// reaches standard error and the first error can be thrown.
///
/// Parser errors arrive through the reader's own handler; the few that
/// libxml2 raises without a parser (encoding conversion, I/O) go to its
/// thread-wide handlers, which `capturing(_:)` points here for the duration of
/// a read. A reference type because libxml2 holds it as a callback context;
/// it is used on one thread.
final class XMLErrorLog {
    /// The first error (not warning) reported, with its line when libxml2 gives one.
    private(set) var firstError: (message: String, line: Int?)?
    /// The memory stream libxml2's default handler prints unstructured messages to, while capturing.
    private var stream: UnsafeMutablePointer<FILE>?
    private let buffer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
    private let length = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    /// Creates an empty log.
    init() {
        buffer.initialize(to: nil)
        length.initialize(to: 0)
    }

    deinit {
        if let stream { fclose(stream) }
        free(buffer.pointee)
        buffer.deallocate()
        length.deallocate()
    }

    /// The text of libxml2's unstructured messages so far, which have no line.
    var otherMessages: String {
        if let stream { fflush(stream) }
        guard let text = buffer.pointee else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: text, count: length.pointee), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Records one structured libxml2 error; warnings are dropped.
    func record(_ error: xmlErrorPtr?) {
        guard firstError == nil, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let text = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
        let message = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        firstError = (message, error.pointee.line > 0 ? Int(error.pointee.line) : nil)
    }

    /// Runs `body` with libxml2's thread-wide error handlers routed to this log,
    /// and restores the previous handlers afterwards.
    ///
    /// Structured errors are recorded; unstructured messages, which libxml2's
    /// default handler prints to its context's `FILE`, go to a memory stream
    /// (`otherMessages`).
    func capturing<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        xmlInitParser()
        let structured = __xmlStructuredError(), structuredContext = __xmlStructuredErrorContext()
        let generic = __xmlGenericError(), genericContext = __xmlGenericErrorContext()
        let saved = (structured?.pointee, structuredContext?.pointee, generic?.pointee, genericContext?.pointee)
        stream = open_memstream(buffer, length) ?? fopen("/dev/null", "w")
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
            Unmanaged<XMLErrorLog>.fromOpaque(context!).takeUnretainedValue().record(error)
        }
        xmlSetGenericErrorFunc(stream.map { UnsafeMutableRawPointer($0) }, nil)
        defer {
            structured?.pointee = saved.0
            structuredContext?.pointee = saved.1
            generic?.pointee = saved.2
            genericContext?.pointee = saved.3
        }
        return try body()
    }
}

/// An `ExportOutput` that streams UTF-8 text to an open file descriptor
/// through a fixed buffer, so that exporting holds at most `capacity` bytes of
/// the file in memory and makes one `write(2)` call per buffer, not per piece.
///
/// Interrupted and short writes are retried (`AtomicFile.writeAll`); any other
/// failure is an `ExportError.writeFailed` naming `path`. The descriptor is not
/// closed. Call `flush()` at the end: bytes still buffered when the output is
/// dropped are not written.
struct BufferedFileOutput: ExportOutput {
    /// The buffer size: 64 KiB.
    static let capacity = 64 * 1024

    /// The descriptor written to.
    let descriptor: Int32
    /// The file the descriptor belongs to, named in errors.
    let path: String
    /// The bytes not written yet; never more than `capacity`.
    private var buffer: [UInt8]

    /// An output to `descriptor`, open for writing; `path` names it in errors.
    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer = []
        buffer.reserveCapacity(Self.capacity)
    }

    /// Appends `text`, writing the buffer out whenever it is full; a text
    /// longer than the buffer goes to the file directly.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    mutating func write(_ text: String) throws(ExportError) {
        var text = text
        try text.withUTF8 { bytes in Result { () throws(ExportError) in try append(bytes) } }.get()
    }

    /// Writes out the buffered bytes.
    ///
    /// - Complexity: O(*b*) in the buffered bytes.
    mutating func flush() throws(ExportError) {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { bytes in
            Result { () throws(ExportError) in try AtomicFile.writeAll(bytes, to: descriptor, path: path) }
        }.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(ExportError) {
        if buffer.count + bytes.count > Self.capacity {
            try flush()
        }
        if bytes.count > Self.capacity {
            try AtomicFile.writeAll(UnsafeRawBufferPointer(bytes), to: descriptor, path: path)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }
}

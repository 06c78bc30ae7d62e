import Foundation

/// Where the parts of a GraphML document read in parts come from: an open
/// file, read with `pread` (so any thread may read any range, and nothing is
/// mapped or held whole), or bytes in memory.
enum GraphMLSource: @unchecked Sendable {
    /// An open regular file of `size` bytes.
    case file(descriptor: Int32, size: Int)
    /// Bytes in memory, only read.
    case memory(UnsafeRawBufferPointer)

    /// The number of bytes.
    var count: Int {
        switch self {
        case let .file(_, size): size
        case let .memory(bytes): bytes.count
        }
    }

    /// Copies up to `count` bytes from `offset` into `buffer`; the number
    /// copied, fewer only at the end or on a read error.
    ///
    /// - Complexity: O(*count*).
    func read(at offset: Int, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        let wanted = max(0, min(count, self.count - offset))
        switch self {
        case let .memory(bytes):
            if wanted > 0 { buffer.copyMemory(from: bytes.baseAddress! + offset, byteCount: wanted) }
            return wanted
        case let .file(descriptor, _):
            var done = 0
            while done < wanted {
                let got = pread(descriptor, buffer + done, wanted - done, off_t(offset + done))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            return done
        }
    }

    /// The offset of the first `<node` or `<edge` start tag at or after `offset`.
    ///
    /// - Complexity: O(*n*) in the bytes scanned, read a window at a time.
    func recordStart(from offset: Int) -> Int? {
        let window = 1 << 16, overlap = 8
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: window + overlap, alignment: 1)
        defer { buffer.deallocate() }
        var position = offset
        while position < count {
            let read = self.read(at: position, into: buffer.baseAddress!, count: window + overlap)
            guard read > 0 else { return nil }
            let isLast = position + read >= count
            if let found = Self.recordStart(in: UnsafeRawBufferPointer(rebasing: buffer[..<read])),
               isLast || found < window {
                return position + found
            }
            guard !isLast else { return nil }
            position += window
        }
        return nil
    }

    /// The offset of the first `<node` or `<edge` start tag in `bytes` whose
    /// name's end (white space, `>` or `/`) is in `bytes` too.
    ///
    /// - Complexity: O(*n*) in the bytes scanned.
    static func recordStart(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var position = 0
        while position < bytes.count {
            guard let found = memchr(base + position, 0x3C, bytes.count - position) else { return nil }
            let start = base.distance(to: UnsafeRawPointer(found))
            if start + 5 < bytes.count {
                let name = UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<(start + 5)])
                let next = bytes[start + 5]
                let endsName = next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x3E || next == 0x2F
                if endsName, name.elementsEqual("node".utf8) || name.elementsEqual("edge".utf8) { return start }
            }
            position = start + 1
        }
        return nil
    }
}

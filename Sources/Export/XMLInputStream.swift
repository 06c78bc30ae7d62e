import Foundation

/// The bytes libxml2's reader pulls through its read callback, from an open
/// file descriptor or from memory, cut off past a size limit.
///
/// A reference type because libxml2 holds it as its callback context; it is
/// used by one reader on one thread.
final class XMLInputStream {
    private enum Source {
        case descriptor(Int32)
        case bytes(Data)
    }

    private let source: Source
    private let limit: Int
    /// How many bytes have been handed to libxml2.
    private(set) var count = 0
    /// Whether the input turned out to be larger than the limit.
    private(set) var exceededLimit = false
    /// Why reading the descriptor failed, if it did.
    private(set) var failure: String?

    /// A stream of the bytes of an open file descriptor, which it does not close.
    init(descriptor: Int32, limit: Int) {
        source = .descriptor(descriptor)
        self.limit = limit
    }

    /// A stream of bytes in memory.
    init(bytes: Data, limit: Int) {
        source = .bytes(bytes)
        self.limit = limit
    }

    /// Fills up to `capacity` bytes of `buffer`; returns how many, 0 at the end,
    /// or -1 when reading failed or the input is larger than the limit.
    ///
    /// - Complexity: O(*capacity*).
    func fill(_ buffer: UnsafeMutablePointer<CChar>, capacity: Int32) -> Int32 {
        guard !exceededLimit, failure == nil else { return -1 }
        // One byte past the limit is asked for, to tell "exactly at the limit" from "over it".
        let wanted = min(Int(capacity), limit - count + 1)
        let got: Int
        switch source {
        case let .descriptor(descriptor):
            var result: Int
            repeat {
                result = read(descriptor, buffer, wanted)
            } while result < 0 && errno == EINTR
            guard result >= 0 else {
                failure = String(cString: strerror(errno))
                return -1
            }
            got = result
        case let .bytes(data):
            got = min(wanted, data.count - count)
            if got > 0 {
                data.withUnsafeBytes { bytes in
                    UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + count, byteCount: got)
                }
            }
        }
        count += got
        if count > limit {
            exceededLimit = true
            return -1
        }
        return Int32(got)
    }
}

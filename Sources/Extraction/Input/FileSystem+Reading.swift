#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Why a file's bytes could not be read.
    enum ReadFailure: Error {
        /// A system call failed.
        case system(SystemError)
        /// The path names neither a regular file nor a folder (a device, socket, pipe...).
        case notRegularFile
        /// The file holds more than the limit; `size` is at least `limit + 1`.
        case tooLarge(size: Int)
    }

    /// The bytes of the regular file at `path`, refusing files of more than `limit` bytes.
    /// A folder fails with `EISDIR`; a pipe is opened without blocking and then refused.
    static func contents(of path: String, limit: Int) throws(ReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .system(SystemError(code: errno)) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(SystemError(code: errno)) }
        let status = Status(info)
        switch status.kind {
        case .file: break
        case .folder: throw .system(SystemError(code: EISDIR))
        case .other: throw .notRegularFile
        }
        guard status.size <= limit else { throw .tooLarge(size: status.size) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(status.size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(SystemError(code: errno))
            }
            bytes.append(contentsOf: chunk[..<count])
            // The file may have grown since `fstat`.
            guard bytes.count <= limit else { throw .tooLarge(size: bytes.count) }
        }
        return bytes
    }
}

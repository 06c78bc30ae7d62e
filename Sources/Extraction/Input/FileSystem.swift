#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations input collection and reading need, with `errno` kept as a typed error.
enum FileSystem {
    /// What kind of thing a path names.
    enum Kind {
        case file
        case folder
        case other
    }

    /// What `stat` tells about a path (symbolic links followed).
    struct Status {
        /// The kind of thing at the path.
        var kind: Kind
        /// The device and inode: the same for two paths naming the same file.
        var identity: Identity
        /// The size in bytes, as reported by the system.
        var size: Int
    }

    /// A file's identity on the system, independent of the path used to reach it.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// A failed system call, with its `errno`.
    struct SystemError: Error {
        var code: Int32

        /// Whether the path does not exist.
        var isNotFound: Bool { code == ENOENT || code == ENOTDIR }

        /// The system's message for the error, e.g. "Permission denied".
        var reason: String { String(cString: strerror(code)) }
    }

    /// The status of `path`, following symbolic links.
    static func status(of path: String) throws(SystemError) -> Status {
        var info = stat()
        guard stat(path, &info) == 0 else { throw SystemError(code: errno) }
        return Status(info)
    }

    /// The names in `folder`, without "." and "..", sorted.
    static func entries(of folder: String) throws(SystemError) -> [String] {
        guard let directory = opendir(folder) else { throw SystemError(code: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw SystemError(code: errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

extension FileSystem.Status {
    /// The status `stat` or `fstat` reported.
    init(_ info: stat) {
        let type = info.st_mode & mode_t(S_IFMT)
        kind = type == mode_t(S_IFREG) ? .file : type == mode_t(S_IFDIR) ? .folder : .other
        identity = FileSystem.Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        size = Int(info.st_size)
    }
}

import Foundation

/// A file that is replaced all at once: readers see either the old content or
/// the complete new content, never a partly written file.
///
/// The new content goes to a temporary file in the target's folder (named
/// `.<name>.tmp-<pid>-<random>`, created exclusively), which is flushed to disk
/// and renamed over the target only when everything was written. On any error
/// the temporary file is removed and the old target is left untouched.
///
/// A process killed while writing (SIGKILL, power loss) leaves its temporary
/// file behind; it is hidden, and the next successful write of the same target
/// removes it (see `removeStaleTemporaryFiles()`).
///
/// The new file gets the default mode (`0666` less the umask), not the old
/// file's; a symbolic link at the target is replaced, not followed.
public struct AtomicFile: Sendable {
    /// Where the file ends up.
    public let url: URL

    /// Creates a handle for replacing the file at `url`; nothing is touched yet.
    public init(url: URL) {
        self.url = url
    }

    /// Replaces the file with `data`.
    ///
    /// - Complexity: O(*n*) in the size of `data`.
    public func write(_ data: Data) throws(ExportError) {
        try write { descriptor throws(ExportError) in
            try data.withUnsafeBytes { bytes in
                Result { () throws(ExportError) in try Self.writeAll(bytes, to: descriptor, path: url.path) }
            }.get()
        }
    }

    /// Replaces the file with what `body` writes to the file descriptor it is
    /// given (open for writing, positioned at the start of an empty file).
    ///
    /// `body` must not close the descriptor. If it throws, its error is
    /// rethrown after the temporary file is removed. After the target is
    /// replaced, temporary files that killed runs left for it are removed.
    public func write(using body: (_ descriptor: Int32) throws(ExportError) -> Void) throws(ExportError) {
        let target = url.path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(Self.randomSuffix())").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw .cannotCreateTemporaryFile(path: target, reason: Self.lastSystemError())
        }
        do throws(ExportError) {
            try body(descriptor)
            guard fsync(descriptor) == 0 else {
                throw .writeFailed(path: target, reason: Self.lastSystemError())
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let reason = Self.lastSystemError()
            unlink(temporary)
            throw .writeFailed(path: target, reason: reason)
        }
        guard rename(temporary, target) == 0 else {
            let reason = Self.lastSystemError()
            unlink(temporary)
            throw .cannotReplace(path: target, temporaryPath: temporary, reason: reason)
        }
        syncFolder()
        removeStaleTemporaryFiles()
    }

    /// Removes the temporary files of this target that writers killed before
    /// they finished left in its folder: hidden files named as this type names
    /// them (`.<name>.tmp-<pid>-<hex>`, or `.<name>.tmp-<pid>`) whose process
    /// no longer exists. Files of other targets, of this process and of live
    /// processes are left alone, so concurrent writers are not disturbed.
    /// Best effort: what cannot be listed or removed is skipped.
    ///
    /// - Complexity: O(*f*) in the number of files in the folder.
    public func removeStaleTemporaryFiles() {
        let folder = url.deletingLastPathComponent().path
        let prefix = Array(".\(url.lastPathComponent).tmp-".utf8)
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let isHexDigit = { (byte: UInt8) in isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.utf8.starts(with: prefix) {
            let rest = name.utf8.dropFirst(prefix.count).split(separator: UInt8(ascii: "-"), maxSplits: 1,
                                                               omittingEmptySubsequences: false)
            guard let pidText = rest.first, !pidText.isEmpty, pidText.allSatisfy(isDigit),
                  let pid = pid_t(String(decoding: pidText, as: UTF8.self)), pid > 0, pid != getpid() else { continue }
            if rest.count == 2, rest[1].isEmpty || !rest[1].allSatisfy(isHexDigit) { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(url.deletingLastPathComponent().appendingPathComponent(name).path)
        }
    }

    /// Writes every byte, retrying short and interrupted writes.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws(ExportError) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: path, reason: lastSystemError())
            }
            offset += written
        }
    }

    /// Makes the rename durable; best effort, as not every file system can sync a folder.
    private func syncFolder() {
        let folder = open(url.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }

    private static func randomSuffix() -> String {
        String(UInt64.random(in: .min ... .max), radix: 16)
    }

    private static func lastSystemError() -> String {
        String(cString: strerror(errno))
    }
}

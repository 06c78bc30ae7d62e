import Foundation

/// A temporary folder holding crafted input files, removed when released.
final class InputFixtureFolder {
    /// The folder's path, without a trailing "/".
    let path: String

    /// Creates an empty temporary folder.
    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("kg-input-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relativePath` inside the folder.
    func path(_ relativePath: String) -> String {
        path + "/" + relativePath
    }

    /// Writes `text` as UTF-8 to `relativePath`, creating folders as needed, and returns its path.
    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, bytes: Array(text.utf8))
    }

    /// Writes `bytes` to `relativePath`, creating folders as needed, and returns its path.
    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let filePath = path(relativePath)
        let folder = (filePath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: filePath))
        return filePath
    }

    /// Creates the folder `relativePath` and returns its path.
    @discardableResult
    func makeFolder(_ relativePath: String) throws -> String {
        let folderPath = path(relativePath)
        try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
        return folderPath
    }
}

/// Finds the document files to read under input paths.
///
/// A folder is walked recursively in sorted order, skipping hidden entries (names starting
/// with "."), and yields the files with a document extension (`.txt`, `.md`, `.markdown`,
/// `.html`, `.htm`, any case). A file named directly is taken whatever its extension.
/// A file reached twice (named twice, or through a link) is listed once, the first time.
public enum InputCollector {
    /// The document files under `paths`, in input order, and the paths that could not be used.
    public static func collect(_ paths: [String]) -> InputCollection {
        var walk = Walk()
        for path in paths {
            walk.visit(input: path)
        }
        return walk.collection
    }

    /// The state of one collection.
    private struct Walk {
        var collection = InputCollection()
        var seen: Set<FileSystem.Identity> = []

        mutating func visit(input path: String) {
            let status: FileSystem.Status
            do {
                status = try FileSystem.status(of: path)
            } catch {
                collection.errors.append(
                    error.isNotFound ? .notFound(path: path) : .unreadable(path: path, reason: error.reason)
                )
                return
            }
            switch status.kind {
            case .file:
                add(InputFile(path: path, name: Self.lastComponent(of: path)), status)
            case .folder:
                var ancestors: Set<FileSystem.Identity> = [status.identity]
                visit(folder: path, relativePath: nil, ancestors: &ancestors)
            case .other:
                collection.errors.append(.notFileOrFolder(path: path))
            }
        }

        /// Walks the folder at `path`, which is `relativePath` below the input folder.
        /// `ancestors` are the folders being walked, so that linked cycles are not followed.
        private mutating func visit(folder path: String, relativePath: String?, ancestors: inout Set<FileSystem.Identity>) {
            let names: [String]
            do {
                names = try FileSystem.entries(of: path)
            } catch {
                collection.errors.append(.unreadable(path: path, reason: error.reason))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let entryPath = Self.join(path, name)
                let entryName = relativePath.map { "\($0)/\(name)" } ?? name
                let status: FileSystem.Status
                do {
                    status = try FileSystem.status(of: entryPath)
                } catch {
                    collection.errors.append(.unreadable(path: entryPath, reason: error.reason))
                    continue
                }
                switch status.kind {
                case .file where Document.Format(fileName: name) != nil:
                    add(InputFile(path: entryPath, name: entryName), status)
                case .folder where !ancestors.contains(status.identity):
                    ancestors.insert(status.identity)
                    visit(folder: entryPath, relativePath: entryName, ancestors: &ancestors)
                    ancestors.remove(status.identity)
                case .file, .folder, .other:
                    continue
                }
            }
        }

        private mutating func add(_ file: InputFile, _ status: FileSystem.Status) {
            if seen.insert(status.identity).inserted {
                collection.files.append(file)
            }
        }

        private static func join(_ folder: String, _ name: String) -> String {
            folder.hasSuffix("/") ? folder + name : folder + "/" + name
        }

        private static func lastComponent(of path: String) -> String {
            path.split(separator: "/").last.map(String.init) ?? path
        }
    }
}

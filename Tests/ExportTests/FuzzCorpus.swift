// Shared by ExportTests and ExtractionTests (a symbolic link there): the committed corpora of
// the fuzz targets, which the replay tests run through the fuzzers' own code.
import Foundation

/// A committed seed and regression corpus of a fuzz target: `Tests/FuzzCorpus/<name>`.
struct FuzzCorpus {
    /// The corpus folder.
    let folder: URL
    /// The names of the corpus files, sorted; hidden files aside.
    let fileNames: [String]

    /// The corpus of the folder `name` in `Tests/FuzzCorpus`.
    init(_ name: String) {
        folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzCorpus/\(name)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        fileNames = names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The bytes of the corpus file `name`.
    func bytes(of name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
}

import Foundation
import Testing

/// `kg build --jobs`: the output does not depend on the number of threads.
@Suite("kg build --jobs")
struct JobsTests {
    @Test("one job and four jobs give byte-identical files")
    func jobsDoNotChangeTheOutput() throws {
        let one = try Scratch.folder("jobs1"), four = try Scratch.folder("jobs4")
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: four)
        }
        let first = try Run.kg(["build", "seeds", "--out", one.path, "--jobs", "1"])
        let second = try Run.kg(["build", "seeds", "--out", four.path, "--jobs", "4"])
        try #require(first.status == 0 && second.status == 0, "\(first)\n\(second)")
        for name in ["graph.graphml", "graph.dot"] {
            let a = try #require(Bytes.of(one.appendingPathComponent(name)))
            let b = try #require(Bytes.of(four.appendingPathComponent(name)))
            #expect(a == b, "\(name) differs between --jobs 1 and --jobs 4: \(Bytes.firstDifference(a, b))")
        }
        let zero = try Run.kg(["build", "seeds", "--out", one.path, "--jobs", "0"])
        #expect(zero.status != 0 && zero.errors.contains("--jobs must be at least 1"))
    }
}

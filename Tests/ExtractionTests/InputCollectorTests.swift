import Foundation
import Testing

@testable import Extraction

@Suite("InputCollector")
struct InputCollectorTests {
    @Test("walks folders recursively in sorted order, keeping document extensions only")
    func walksFolders() throws {
        let folder = try InputFixtureFolder()
        for name in [
            "b.MD", "a.txt", "c.html", "d.HTM", "e.markdown", "notes.pdf", "image.png", "README",
            ".hidden.txt", ".git/config.txt", "sub/z.txt", "sub/deeper/y.md", "sub/.cache/x.txt",
            "Upper/w.txt",
        ] {
            try folder.write(name, "text")
        }
        try folder.makeFolder("empty")

        let collection = InputCollector.collect([folder.path])

        #expect(collection.errors.isEmpty)
        #expect(
            collection.files.map(\.name) == [
                "Upper/w.txt", "a.txt", "b.MD", "c.html", "d.HTM", "e.markdown", "sub/deeper/y.md", "sub/z.txt",
            ])
        #expect(collection.files.map(\.path) == collection.files.map { folder.path($0.name) })
        #expect(collection.files.map(\.format) == [.plain, .plain, .markdown, .html, .html, .markdown, .markdown, .plain])
    }

    @Test("names documents relative to the folder given, with or without a trailing slash")
    func namesRelativeToFolder() throws {
        let folder = try InputFixtureFolder()
        try folder.write("news/2024/a.txt", "text")

        let collection = InputCollector.collect([folder.path("news/")])

        #expect(collection.files == [InputFile(path: folder.path("news/2024/a.txt"), name: "2024/a.txt")])
    }

    @Test("takes a file named directly whatever its extension, named by its file name")
    func takesNamedFiles() throws {
        let folder = try InputFixtureFolder()
        let log = try folder.write("logs/today.log", "text")
        let hidden = try folder.write("logs/.draft.txt", "text")

        let collection = InputCollector.collect([log, hidden])

        #expect(collection.errors.isEmpty)
        #expect(collection.files == [InputFile(path: log, name: "today.log"), InputFile(path: hidden, name: ".draft.txt")])
        #expect(collection.files.map(\.format) == [.plain, .plain])
    }

    @Test("reports a missing path by name and still collects the other inputs")
    func reportsMissingPath() throws {
        let folder = try InputFixtureFolder()
        let file = try folder.write("a.txt", "text")
        let missing = folder.path("nowhere/b.txt")

        let collection = InputCollector.collect([missing, file])

        #expect(collection.errors == [.notFound(path: missing)])
        #expect(collection.errors.map(\.description) == ["\(missing): no such file or folder"])
        #expect(collection.files == [InputFile(path: file, name: "a.txt")])
    }

    @Test("reports a path that is neither a file nor a folder")
    func reportsDevice() {
        let collection = InputCollector.collect(["/dev/null"])

        #expect(collection.files.isEmpty)
        #expect(collection.errors.map(\.description) == ["/dev/null: not a regular file or folder"])
    }

    @Test("lists a file reached twice only once, the first time")
    func listsFilesOnce() throws {
        let folder = try InputFixtureFolder()
        let file = try folder.write("corpus/a.txt", "text")

        let collection = InputCollector.collect([file, folder.path("corpus")])

        #expect(collection.files == [InputFile(path: file, name: "a.txt")])
    }

    @Test("follows linked folders but not link cycles")
    func stopsAtLinkCycles() throws {
        let folder = try InputFixtureFolder()
        try folder.write("corpus/a.txt", "text")
        try folder.write("elsewhere/b.txt", "text")
        try FileManager.default.createSymbolicLink(atPath: folder.path("corpus/loop"), withDestinationPath: folder.path("corpus"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("corpus/other"), withDestinationPath: folder.path("elsewhere"))

        let collection = InputCollector.collect([folder.path("corpus")])

        #expect(collection.errors.isEmpty)
        #expect(collection.files.map(\.name) == ["a.txt", "other/b.txt"])
    }

    @Test("reports a broken link inside a folder and keeps walking")
    func reportsBrokenLink() throws {
        let folder = try InputFixtureFolder()
        try folder.write("corpus/a.txt", "text")
        try FileManager.default.createSymbolicLink(atPath: folder.path("corpus/gone.txt"), withDestinationPath: folder.path("nowhere"))

        let collection = InputCollector.collect([folder.path("corpus")])

        #expect(collection.files.map(\.name) == ["a.txt"])
        #expect(collection.errors == [.unreadable(path: folder.path("corpus/gone.txt"), reason: "No such file or directory")])
    }

    @Test("maps extensions to formats case-insensitively")
    func mapsExtensions() {
        #expect(Document.Format(fileName: "a.txt") == .plain)
        #expect(Document.Format(fileName: "dir.v2/A.MarkDown") == .markdown)
        #expect(Document.Format(fileName: "a.Md") == .markdown)
        #expect(Document.Format(fileName: "x/a.HTM") == .html)
        #expect(Document.Format(fileName: "page.html") == .html)
        #expect(Document.Format(fileName: "a.txt.gz") == nil)
        #expect(Document.Format(fileName: "dir.txt/README") == nil)
        #expect(Document.Format(fileName: ".txt") == nil)
        #expect(Document.Format(fileName: "dir/.txt") == nil)
        #expect(Document.Format(fileName: "/abs/a.md") == .markdown)
        #expect(Document.Format(fileName: "a.txt/") == .plain, "trailing slashes are ignored, as splitting at slashes ignores them")
        #expect(Document.Format(fileName: "a.txt//") == .plain)
        #expect(Document.Format(fileName: "/") == nil && Document.Format(fileName: "") == nil)
        #expect(Document.Format(fileName: "x/caf\u{E9}.HTML") == .html)
    }
}

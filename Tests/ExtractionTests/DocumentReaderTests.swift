import Foundation
import Testing

@testable import Extraction

@Suite("DocumentReader")
struct DocumentReaderTests {
    private let reader = DocumentReader()

    private func read(_ path: String, name: String = "doc") throws -> DocumentReadResult {
        try reader.read(InputFile(path: path, name: name))
    }

    @Test("reads a plain text file as is")
    func readsPlainText() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("a.txt", "Ada Lovelace met  Charles Babbage.\n\nIn London.\n")

        let result = try read(path, name: "news/a.txt")

        #expect(result.document == Document(name: "news/a.txt", text: "Ada Lovelace met  Charles Babbage.\n\nIn London.\n", format: .plain))
        #expect(result.warnings.isEmpty)
    }

    @Test("reads Markdown as is", arguments: ["a.md", "a.markdown", "A.MD"])
    func readsMarkdown(fileName: String) throws {
        let folder = try InputFixtureFolder()
        let markdown = "# Title\n\n*Ada* met [Babbage](https://example.org).\n"
        let path = try folder.write(fileName, markdown)

        let result = try read(path)

        #expect(result.document == Document(name: "doc", text: markdown, format: .markdown))
    }

    @Test("reads a file with an unknown extension as plain text")
    func readsUnknownExtensionAsPlainText() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("notes.log", "Grace Hopper joined the Navy.")

        #expect(try read(path).document == Document(name: "doc", text: "Grace Hopper joined the Navy.", format: .plain))
    }

    @Test("drops a UTF-8 byte-order mark and makes CRLF and CR line endings LF")
    func normalisesBOMAndLineEndings() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\rthree\n\r\nfour\r".utf8))

        let result = try read(path)

        #expect(result.document?.text == "one\ntwo\nthree\n\nfour\n")
        #expect(result.warnings.isEmpty)
    }

    @Test("keeps a byte-order mark that is not at the start")
    func keepsInnerBOM() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("a.txt", "a\u{FEFF}b")

        #expect(try read(path).document?.text == "a\u{FEFF}b")
    }

    @Test("repairs invalid UTF-8 with U+FFFD and warns naming the file")
    func repairsInvalidUTF8() throws {
        let folder = try InputFixtureFolder()
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait, cr".utf8) + [0xC3] + Array(" br".utf8) + [0xFF, 0xFE]
            + Array("l\u{E9}e.".utf8)
        let path = try folder.write("a.txt", bytes: bytes)

        let result = try read(path)

        #expect(result.document?.text == "Caf\u{FFFD} au lait, cr\u{FFFD} br\u{FFFD}\u{FFFD}l\u{E9}e.")
        #expect(result.warnings == [.invalidUTF8(path: path, replacedSequences: 4)])
        #expect(result.warnings.map(\.description) == ["\(path): invalid UTF-8, 4 sequences replaced with U+FFFD"])
    }

    @Test("refuses a binary file with NUL bytes, whatever its extension", arguments: ["image.png", "image.txt"])
    func refusesBinaryFile(fileName: String) throws {
        let folder = try InputFixtureFolder()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
            + Array("Mostly text after the header.".utf8)
        let path = try folder.write(fileName, bytes: png)

        #expect(throws: DocumentReadError.binaryContent(path: path)) { try read(path) }
        #expect(DocumentReadError.binaryContent(path: path).description == "\(path): not a text file (binary content)")
    }

    @Test("refuses a file that is mostly control characters")
    func refusesControlCharacters() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("data.txt", bytes: Array(repeating: [0x01, 0x02, 0x41, 0x1B, 0x7F], count: 100).flatMap { $0 })

        #expect(throws: DocumentReadError.binaryContent(path: path)) { try read(path) }
    }

    @Test("tells binary samples by control characters and invalid UTF-8 together")
    func binarySamples() {
        let invalid: [UInt8] = Array(repeating: [0xFF, 0xFE, 0x41], count: 100).flatMap { $0 }
        #expect(BinaryContentDetector.isBinary(invalid), "two thirds invalid UTF-8")
        let mixed: [UInt8] = Array(repeating: [0x01, 0xC3, 0x41, 0x42], count: 100).flatMap { $0 }
        #expect(BinaryContentDetector.isBinary(mixed), "a quarter controls and a quarter invalid bytes: half suspicious")
        #expect(!BinaryContentDetector.isBinary(Array("Zoë’s café — naïve".utf8)), "valid multi-byte text")
        #expect(!BinaryContentDetector.isBinary(Array(repeating: [0x01, 0x41, 0x42, 0x43], count: 100).flatMap { $0 }),
                "a quarter controls in ASCII text")
        #expect(BinaryContentDetector.isBinary([0x41, 0x00, 0x42]))
    }

    @Test("reads legacy 8-bit text as text with a warning")
    func readsLatin1WithWarning() throws {
        let folder = try InputFixtureFolder()
        let latin1: [UInt8] = Array("Fran".utf8) + [0xE7] + Array("ois Hollande visited M".utf8) + [0xFC] + Array("nchen.".utf8)
        let path = try folder.write("a.txt", bytes: latin1)

        let result = try read(path)

        #expect(result.document?.text == "Fran\u{FFFD}ois Hollande visited M\u{FFFD}nchen.")
        #expect(result.warnings == [.invalidUTF8(path: path, replacedSequences: 2)])
    }

    @Test("skips an empty or whitespace-only file with a warning", arguments: ["", " \n\t\r\n ", "\u{FEFF}"])
    func skipsEmptyFile(content: String) throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("empty.txt", content)

        let result = try read(path)

        #expect(result.document == nil)
        #expect(result.warnings == [.empty(path: path)])
        #expect(result.warnings.map(\.description) == ["\(path): empty, skipped"])
    }

    @Test("refuses a file larger than the limit, naming it")
    func refusesLargeFile() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("big.txt", String(repeating: "a", count: 11))
        let smallReader = DocumentReader(maximumFileSize: 10)

        #expect(throws: DocumentReadError.tooLarge(path: path, size: 11, limit: 10)) {
            try smallReader.read(InputFile(path: path, name: "big.txt"))
        }
        #expect(DocumentReadError.tooLarge(path: path, size: 11, limit: 10).description == "\(path): too large (11 bytes, limit 10)")
        #expect(try DocumentReader(maximumFileSize: 11).read(InputFile(path: path, name: "big.txt")).document != nil)
    }

    @Test("reports a folder, a missing file and a device as unreadable, naming them")
    func reportsUnreadable() throws {
        let folder = try InputFixtureFolder()
        let subfolder = try folder.makeFolder("sub.txt")
        let missing = folder.path("missing.txt")

        #expect(throws: DocumentReadError.unreadable(path: subfolder, reason: "Is a directory")) { try read(subfolder) }
        #expect(throws: DocumentReadError.unreadable(path: missing, reason: "No such file or directory")) { try read(missing) }
        #expect(throws: DocumentReadError.unreadable(path: "/dev/null", reason: "not a regular file")) { try read("/dev/null") }
        #expect(DocumentReadError.unreadable(path: missing, reason: "No such file or directory").description
            == "\(missing): cannot read (No such file or directory)")
    }

    @Test("reports a file without read permission", .enabled(if: getuid() != 0, "root can read any file"))
    func reportsPermissionDenied() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("secret.txt", "text")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)

        #expect(throws: DocumentReadError.unreadable(path: path, reason: "Permission denied")) { try read(path) }
    }
}

import Foundation
import Testing
@testable import Tagger

@Suite("Model files")
struct PersistenceTests {
    static let document = [["Tomas", "Quill", "moved", "to", "Port", "Amsel", "."], ["Shares", "of", "Zentrix", "fell", "."]]

    @Test func roundTripGivesIdenticalTags() throws {
        let model = SyntheticCorpus.model()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let loaded = try NERModel.load(from: url)
        let before = model.tag(document: Self.document), after = loaded.tag(document: Self.document)
        #expect(after.map { $0.map { [$0.start, $0.end] } } == before.map { $0.map { [$0.start, $0.end] } })
        #expect(after.map { $0.map(\.label) } == before.map { $0.map(\.label) })
        for (a, b) in zip(after.joined(), before.joined()) {
            #expect(abs(a.confidence - b.confidence) < 1e-3, "weights are stored as 16-bit integers")
        }
        #expect(loaded.serialized() == model.serialized())
    }

    @Test func corruptBytesAreRejected() throws {
        var bytes = [UInt8](SyntheticCorpus.model().serialized())
        bytes[bytes.count / 2] ^= 0xFF
        #expect(throws: NERModelError.checksumMismatch) { try NERModel(serialized: Data(bytes)) }
    }

    @Test func truncatedAndForeignFilesAreRejected() throws {
        let bytes = SyntheticCorpus.model().serialized()
        for length in [0, 5, 12, 40, bytes.count / 3, bytes.count - 1] {
            #expect(throws: NERModelError.self) { try NERModel(serialized: bytes.prefix(length)) }
        }
        #expect(throws: NERModelError.badMagic) { try NERModel(serialized: Data("not a model at all".utf8)) }
        #expect(throws: NERModelError.self) {
            try NERModel.load(from: URL(fileURLWithPath: "/nonexistent/ner.model"))
        }
    }

    @Test func otherVersionsAreRejected() throws {
        var bytes = [UInt8](SyntheticCorpus.model().serialized())
        bytes[8] = 99
        #expect(throws: NERModelError.unsupportedVersion(99)) { try NERModel(serialized: Data(bytes)) }
    }
}

import Foundation
import Testing

/// `kg query` on GraphML files that try to read files, blow up memory or break the reader.
///
/// Each file runs in its own `kg` process, so what libxml2 might print is seen on that
/// process's standard error alone (capturing the test runner's own standard error would
/// also catch the output of tests running beside it).
@Suite("kg query on hostile GraphML")
struct HostileGraphMLTests {
    /// One hostile file and a word its error message must contain.
    struct Hostile: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let expected: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, expected: String) {
            self.init(name, Array(text.utf8), expected: expected)
        }

        init(_ name: String, _ bytes: [UInt8], expected: String) {
            self.name = name
            self.bytes = bytes
            self.expected = expected
        }
    }

    private static let open = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
    private static let typeKey = #"<key id="t" for="node" attr.name="type" attr.type="string"/>"#
    private static let confidenceKey = #"<key id="c" for="node" attr.name="confidence" attr.type="double"/>"#

    static let files: [Hostile] = [
        Hostile("an external entity", """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            \(open)<graph edgedefault="directed"><node id="a"><data key="t">&e;</data></node></graph></graphml>
            """, expected: "entity declarations are not allowed"),
        Hostile("an entity expansion bomb", """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            \(open)<graph edgedefault="directed"><node id="a"><data key="t">&d;&d;&d;&d;</data></node></graph></graphml>
            """, expected: "entity declarations are not allowed"),
        Hostile("a truncated file", "\(open)\(typeKey)<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"t\">person",
                expected: "not well-formed XML"),
        Hostile("an undeclared key", "\(open)<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"nope\">x</data></node></graph></graphml>",
                expected: "nope"),
        Hostile("a value of the wrong type", """
            \(open)\(typeKey)\(confidenceKey)<graph edgedefault="directed"><node id="a"><data key="t">person</data>\
            <data key="c">very</data></node></graph></graphml>
            """, expected: "very"),
        Hostile("bytes that are not UTF-8",
                Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(open)<graph edgedefault=\"directed\">".utf8)
                    + [0xFF, 0xFE] + Array("</graph></graphml>".utf8),
                expected: "UTF-8"),
        Hostile("a depth bomb", open + String(repeating: "<x>", count: 100_000), expected: "deep"),
    ]

    @Test("a hostile file gives one line of error, a non-zero exit and nothing else", arguments: files)
    func refusedWithOneLine(_ hostile: Hostile) throws {
        let folder = try Scratch.folder("hostile-graphml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.graphml")
        try Data(hostile.bytes).write(to: file)

        let outcome = try Run.kg(["query", "find", file.path, "anyone"])
        #expect(outcome.status != 0, "\(outcome)")
        #expect(outcome.output.isEmpty, "\(outcome)")
        let lines = outcome.errors.split(separator: "\n")
        #expect(lines.count == 1, "one error line and no libxml2 output expected:\n\(outcome)")
        #expect(lines.first?.hasPrefix("Error: \(file.path)") == true, "the error names the file:\n\(outcome)")
        #expect(outcome.errors.contains(hostile.expected), "\(outcome)")
        #expect(!outcome.errors.contains("root:"), "the file's entity was read:\n\(outcome)")
    }
}

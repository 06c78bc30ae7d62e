@testable import Export
import Foundation
import Graph
import Testing

/// Reading a GraphML file in parts on several threads gives exactly the graph
/// (or the error) of reading it in one pass, wherever the cuts fall.
@Suite("GraphMLReader in parts")
struct GraphMLReaderPartsTests {
    /// A reader that cuts files into up to `parts` parts of at least `minimumPartSize` bytes.
    static func reader(parts: Int, minimumPartSize: Int = 256) -> GraphMLReader {
        var reader = GraphMLReader(parts: parts)
        reader.minimumPartSize = minimumPartSize
        return reader
    }

    /// Writes `text` to a new temporary file and runs `body` with its URL.
    static func withFile<Result>(_ data: Data, _ body: (URL) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-parts-\(UUID().uuidString).graphml")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// The graph `graphInParts` reads from `data`, `nil` when it declines.
    static func graphInParts(_ data: Data, parts: Int) -> KnowledgeGraph? {
        data.withUnsafeBytes { reader(parts: parts).graphInParts(.memory($0), path: "test.graphml") }
    }

    /// A few hundred entities and relations with hostile strings.
    static let largeGraph: KnowledgeGraph = {
        var graph = KnowledgeGraph()
        for seed in 1...150 { graph.merge(RandomGraph.make(seed: 7_000 + UInt64(seed))) }
        return graph
    }()

    @Test("a large kg file read in 2, 3 and 7 parts is the graph read in one pass", arguments: [2, 3, 7])
    func partsGiveTheSameGraph(parts: Int) throws {
        let data = try GraphMLWriter().data(for: Self.largeGraph)
        #expect(data.count > 20 * 256)
        let inParts = try #require(Self.graphInParts(data, parts: parts), "the file was not read in parts")
        let whole = try Self.reader(parts: 1).graph(from: data)
        #expect(inParts == whole)
        let fromFile = try Self.withFile(data) { try Self.reader(parts: parts).graph(contentsOf: $0) }
        #expect(fromFile == whole)
    }

    /// A document whose records come in an awkward order: edges before their
    /// nodes, text that looks like record tags in comments, CDATA and values,
    /// and a nested graph.
    static func awkwardDocument(nodes: Int, tricks: Bool = true) -> String {
        var body = ""
        for index in 0..<nodes {
            body += """
                <edge source="n\(index)" target="n\((index + 1) % nodes)"><data key="relation">partnered_with</data>\
                <data key="evidence">\(tricks ? #"<![CDATA[<edge source="x" target="y"> and <node id="z"> in text]]>"# : "text")</data></edge>

                """
            if tricks { body += "<!-- <node id=\"fake\(index)\"><data key=\"type\">Person</data></node> -->\n" }
        }
        for index in 0..<nodes {
            body += """
                <node id="n\(index)"><data key="label">Name \(index) &lt;node id="q"&gt;</data><data key="type">Organization</data></node>

                """
            if tricks, index == nodes / 2 {
                body += """
                    <node id="group"><data key="label">Group</data><data key="type">Event</data>
                    <graph edgedefault="directed"><node id="inner"><data key="label">Inner</data><data key="type">Person</data></node>
                    <edge source="inner" target="n0"><data key="relation">employee_of</data></edge></graph></node>

                    """
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            \(tricks ? #"<!-- a <node id="c"> in a comment before the keys -->"# : "")
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="label" for="node" attr.name="label" attr.type="string"/>
            <key id="type" for="node" attr.name="type" attr.type="string"/>
            <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
            <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
            <graph id="G" edgedefault="directed">
            \(body)</graph>
            </graphml>

            """
    }

    @Test("edges before nodes, record tags in comments, CDATA and values, a nested graph: the same graph in parts",
          arguments: [2, 4, 9])
    func awkwardDocumentsGiveTheSameGraph(parts: Int) throws {
        let data = Data(Self.awkwardDocument(nodes: 60).utf8)
        let whole = try Self.reader(parts: 1).graph(from: data)
        #expect(whole.entities.count == 62)
        #expect(whole.relations.count == 61)
        let read = try Self.withFile(data) { try Self.reader(parts: parts).graph(contentsOf: $0) }
        #expect(read == whole)
        let plain = Data(Self.awkwardDocument(nodes: 60, tricks: false).utf8)
        let inParts = try #require(Self.graphInParts(plain, parts: parts), "the file was not read in parts")
        #expect(inParts == (try Self.reader(parts: 1).graph(from: plain)))
    }

    @Test("an entity named by nodes in different parts is merged as in one pass", arguments: [2, 4])
    func entityAcrossParts(parts: Int) throws {
        // Merged at once, Organization has 3 mentions against Person's 2; merged
        // two by two (Person with 2 against 1 first), the type would be Person.
        var document = Self.awkwardDocument(nodes: 60, tricks: false).replacingOccurrences(
            of: #"<key id="type" for="node" attr.name="type" attr.type="string"/>"#,
            with: #"<key id="type" for="node" attr.name="type" attr.type="string"/><key id="m" for="node" attr.name="mentions" attr.type="int"/>"#)
        for (node, label, type, mentions) in [(0, "Same Name", "Person", 2), (20, "SameName", "Organization", 1),
                                              (40, "Same-Name", "Organization", 2)] {
            document = document.replacingOccurrences(
                of: #"<node id="n\#(node)"><data key="label">Name \#(node) &lt;node id="q"&gt;</data><data key="type">Organization</data>"#,
                with: #"<node id="n\#(node)"><data key="label">\#(label)</data><data key="type">\#(type)</data><data key="m">\#(mentions)</data>"#)
        }
        let data = Data(document.utf8)
        let whole = try Self.reader(parts: 1).graph(from: data)
        #expect(whole.entities.count == 58)
        #expect(whole.entities[EntityID(name: "Same Name")]?.type == .organization)
        let inParts = try #require(Self.graphInParts(data, parts: parts), "the file was not read in parts")
        #expect(inParts == whole)
    }

    @Test("an error in any part is the error of reading in one pass, with its line")
    func errorsAreThoseOfOnePass() throws {
        let document = Self.awkwardDocument(nodes: 60, tricks: false)
        #expect(Self.graphInParts(Data(document.utf8), parts: 2) != nil)
        let broken = [
            document.replacingOccurrences(of: #"<node id="n45">"#, with: #"<node id="n3">"#),
            document.replacingOccurrences(of: #"target="n57""#, with: #"target="missing""#),
            document.replacingOccurrences(of: #"<data key="type">Organization</data></node>"#,
                                          with: #"<data key="type">Planet</data></node>"#),
            String(document.dropLast(40)),
            document.replacingOccurrences(of: #"<edge source="n50""#, with: #"<edgy source="n50""#),
        ]
        for text in broken {
            let data = Data(text.utf8)
            #expect(data != Data(document.utf8))
            let messages: [String] = try Self.withFile(data) { url -> [String] in
                var messages: [String] = []
                for parts in [1, 2, 5] {
                    do {
                        _ = try Self.reader(parts: parts).graph(contentsOf: url)
                        messages.append("no error")
                    } catch {
                        messages.append(String(describing: error))
                    }
                }
                return messages
            }
            #expect(messages[0] != "no error")
            #expect(messages[0].contains(":"))
            #expect(messages[1] == messages[0])
            #expect(messages[2] == messages[0])
        }
    }

    @Test("cuts fall only just before <node and <edge start tags, after the head")
    func cutsFallBeforeRecordTags() throws {
        let text = #"<graphml><key id="k" for="node"/><graph edgedefault="directed"><nodes/><edgex/>"#
            + String(repeating: " ", count: 600) + #"<node id="a"/>"# + String(repeating: " ", count: 600)
            + "<edge\nsource=\"a\" target=\"b\"/>" + String(repeating: " ", count: 600) + "<node/></graph></graphml>"
        let bytes = Array(text.utf8)
        let cuts = try #require(bytes.withUnsafeBytes { GraphMLReader.cuts(in: .memory($0), parts: 3, minimumPartSize: 256) })
        let head = try #require(text.range(of: #"<node id="a"/>"#)).lowerBound.utf16Offset(in: text)
        #expect(cuts.headEnd == head)
        #expect(cuts.starts.first == 0)
        for start in cuts.starts.dropFirst() {
            let tag = String(decoding: bytes[start..<start + 5], as: UTF8.self)
            #expect(tag == "<node" || tag == "<edge")
            #expect(start > cuts.headEnd)
        }
        #expect(bytes.withUnsafeBytes { GraphMLReader.cuts(in: .memory($0), parts: 3, minimumPartSize: 1 << 20) } == nil)
        #expect(bytes.withUnsafeBytes { GraphMLReader.cuts(in: .memory($0), parts: 1, minimumPartSize: 1) } == nil)
    }

    @Test("the last parts can be cut in two, the others stay equal")
    func lastPartsHalved() throws {
        let records = String(repeating: #"<node id="a"/>"# + String(repeating: " ", count: 86), count: 400)
        let text = #"<graphml><graph edgedefault="directed">"# + records + "</graph></graphml>"
        let bytes = Array(text.utf8)
        let cuts = try #require(bytes.withUnsafeBytes {
            GraphMLReader.cuts(in: .memory($0), parts: 4, minimumPartSize: 256, halvingLast: 2)
        })
        #expect(cuts.starts.count == 6)
        let sizes = zip(cuts.starts, cuts.starts.dropFirst() + [bytes.count]).map { $1 - $0 }
        let quarter = bytes.count / 4
        #expect(sizes.prefix(2).allSatisfy { abs($0 - quarter) <= 100 }, "\(sizes)")
        #expect(sizes.suffix(4).allSatisfy { abs($0 - quarter / 2) <= 100 }, "\(sizes)")
        for start in cuts.starts.dropFirst() {
            #expect(String(decoding: bytes[start..<start + 5], as: UTF8.self) == "<node")
        }
    }

    @Test("a record tag is found in a file wherever it falls against the read windows")
    func recordStartsAcrossReadWindows() throws {
        for offset in (65_528...65_540).map({ $0 }) + [0, 131_070] {
            let text = String(repeating: " ", count: max(offset - 7, 0)) + (offset >= 7 ? "<nodes>" : "")
                + String(repeating: " ", count: offset >= 7 ? 0 : offset) + "<node id=\"a\"/>"
            let data = Data(text.utf8)
            let found = try Self.withFile(data) { url -> Int? in
                let descriptor = open(url.path, O_RDONLY)
                defer { close(descriptor) }
                return GraphMLSource.file(descriptor: descriptor, size: data.count).recordStart(from: 0)
            }
            #expect(found == offset, "offset \(offset)")
            #expect(data.withUnsafeBytes { GraphMLSource.memory($0).recordStart(from: 0) } == offset)
        }
    }
}

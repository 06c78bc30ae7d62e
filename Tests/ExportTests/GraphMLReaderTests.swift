import Export
import Foundation
import Graph
import Testing

/// The GraphML namespace declaration every test document starts with.
private let graphMLOpen = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#

/// A small GraphML document: `keys`, then one directed graph holding `body`.
private func graphML(keys: String = "", _ body: String) -> Data {
    Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        \(graphMLOpen)
        \(keys)
        <graph edgedefault="directed">
        \(body)
        </graph>
        </graphml>

        """.utf8)
}

@Suite("GraphML reader", .serialized)
struct GraphMLReaderTests {
    // MARK: Round trip of kg's own files

    @Test func readsEveryEntityAndRelationOfTheSampleGraph() throws {
        let original = SampleGraph.make()
        let graph = try GraphMLReader().graph(from: GraphMLWriter().data(for: original))
        #expect(graph.entities.keys.sorted() == original.entities.keys.sorted())
        #expect(graph.relations.keys.sorted() == original.relations.keys.sorted())
        for entity in original.sortedEntities {
            let loaded = try #require(graph[entity.id])
            #expect(loaded.label == xmlExpected(entity.label))
            #expect(loaded.type == entity.type)
            #expect(loaded.sortedAliases == entity.sortedAliases.map(xmlExpected))
            #expect(loaded.confidence == entity.confidence)
            #expect(loaded.mentions.isEmpty, "GraphML carries no mentions")
        }
        let event = try #require(graph[SampleGraph.id(SampleGraph.event)])
        #expect(event.attributes == ["date": "2024-11-26", "place_name": "Hugging\u{FFFD} Face", "attribute": "no name"])
        #expect(graph[SampleGraph.id(SampleGraph.person)]?.attributes
            == ["role": "founder\tand CEO", "type_2": "clashes with the type key"])
        for relation in original.sortedRelations {
            let loaded = try #require(graph.relations[relation.key])
            #expect(loaded.confidence == relation.confidence)
            #expect(loaded.rule == xmlExpected(relation.rule))
            #expect(loaded.evidence.map(\.sentence) == relation.evidence.prefix(1).map { xmlExpected($0.sentence) })
            #expect(loaded.evidence.map(\.document) == relation.documents.prefix(1).map { $0 })
        }
    }

    @Test func theWordsReferringToAnEdgesEndsSurviveTheRoundTrip() throws {
        let graph = SampleGraph.statement()
        let reader = GraphMLReader(), writer = GraphMLWriter()
        let original = try writer.data(for: graph)
        let loaded = try reader.graph(from: original)
        #expect(loaded.sortedRelations.first?.firstEvidenceMentions == EndMentions(head: "the company", tail: "Daily Ledger"))
        #expect(try writer.data(for: loaded) == original)
    }

    @Test func writingTheLoadedGraphGivesTheSameFile() throws {
        let reader = GraphMLReader(), writer = GraphMLWriter()
        let original = try writer.data(for: SampleGraph.make())
        let rewritten = try writer.data(for: reader.graph(from: original))
        #expect(rewritten == original)
        // Once loaded, a graph is a fixed point: load -> write -> load -> write is the same file.
        #expect(try writer.data(for: reader.graph(from: rewritten)) == rewritten)
    }

    @Test func readsALargeGraphFromAFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        let original = SampleGraph.large(count: 2000)
        try GraphMLWriter().write(original, to: url)
        let graph = try GraphMLReader().graph(contentsOf: url)
        #expect(graph.entities.keys.sorted() == original.entities.keys.sorted())
        #expect(graph.relations.keys.sorted() == original.relations.keys.sorted())
        let document = try GraphMLReader().document(contentsOf: url)
        #expect(document.nodes.count == original.entities.count)
        #expect(document.nodes.first?.data["mentions"] == .int(original.sortedEntities[0].mentions.count))
    }

    // MARK: Other programs' files

    /// What networkx 3.6 writes for a small DiGraph with graph, node and edge attributes.
    static let networkx = Data("""
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="d7" for="edge" attr.name="weight" attr.type="double" />
          <key id="d6" for="edge" attr.name="relation" attr.type="string" />
          <key id="d5" for="node" attr.name="active" attr.type="boolean" />
          <key id="d4" for="node" attr.name="score" attr.type="double" />
          <key id="d3" for="node" attr.name="mentions" attr.type="long" />
          <key id="d2" for="node" attr.name="type" attr.type="string" />
          <key id="d1" for="node" attr.name="label" attr.type="string" />
          <key id="d0" for="graph" attr.name="name" attr.type="string" />
          <graph edgedefault="directed">
            <node id="a">
              <data key="d1">Ada Lovelace</data>
              <data key="d2">Person</data>
              <data key="d3">3</data>
              <data key="d4">0.5</data>
              <data key="d5">True</data>
            </node>
            <node id="b">
              <data key="d1">Analytical Engine</data>
              <data key="d2">Product</data>
            </node>
            <edge source="a" target="b">
              <data key="d6">author_of</data>
              <data key="d7">2.0</data>
            </edge>
            <data key="d0">demo</data>
          </graph>
        </graphml>
        """.utf8)

    @Test func readsANetworkxFile() throws {
        let document = try GraphMLReader().document(from: Self.networkx)
        #expect(document.keys.map(\.id) == (0...7).reversed().map { "d\($0)" })
        #expect(document.keys.first { $0.id == "d3" }?.type == .long)
        #expect(document.edgeDefault == .directed)
        #expect(document.graphData == ["name": .string("demo")])
        #expect(document.nodes == [
            GraphMLDocument.Node(id: "a", data: ["label": .string("Ada Lovelace"), "type": .string("Person"), "mentions": .int(3),
                                                 "score": .double(0.5), "active": .boolean(true)]),
            GraphMLDocument.Node(id: "b", data: ["label": .string("Analytical Engine"), "type": .string("Product")]),
        ])
        #expect(document.edges == [GraphMLDocument.Edge(source: "a", target: "b", directed: true,
                                                        data: ["relation": .string("author_of"), "weight": .double(2)])])
        let graph = try KnowledgeGraph(graphML: document)
        let ada = try #require(graph[EntityID(name: "Ada Lovelace")])
        #expect(ada.type == .person && ada.attributes == ["score": "0.5", "active": "true"])
        #expect(graph.relations.keys.map(\.kind) == [.authorOf])
    }

    @Test(.enabled(if: ExternalTool.shouldRun(["python3"], pythonModules: ["networkx"]), "networkx is not installed"))
    func readsWhatNetworkxWritesNow() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("nx.graphml")
        let script = """
            import sys, networkx as nx
            g = nx.Graph()
            g.add_node("x", label="Zoë <&> \\"Q\\"", type="Location", confidence=0.25, size=7)
            g.add_node("y", label="Café", type="Organization")
            g.add_edge("x", "y", relation="located_in", rule="nx", evidence="Café is in Zoë.")
            nx.write_graphml(g, sys.argv[1])
            """
        let outcome = try ExternalTool.run(try #require(ExternalTool.path(of: "python3")), ["-c", script, url.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let document = try GraphMLReader().document(contentsOf: url)
        #expect(document.edgeDefault == .undirected && document.edges.allSatisfy { !$0.directed })
        #expect(document.nodes.first?.data["size"] == .int(7))
        let graph = try GraphMLReader().graph(contentsOf: url)
        let place = try #require(graph[EntityID(name: "Zoë <&> \"Q\"")])
        #expect(place.label == "Zoë <&> \"Q\"" && place.type == .location && place.confidence == 0.25)
        let relation = try #require(graph.relations.values.first)
        #expect(relation.kind == .locatedIn && relation.rule == "nx" && relation.evidence.map(\.sentence) == ["Café is in Zoë."])
    }

    /// A yEd file: graphics keys without `attr.name`, `y:` elements inside data,
    /// a group node with a nested graph, resources at the top.
    static let yEd = Data("""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
          <!--Created by yEd 3.23-->
          <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
          <key for="port" id="d1" yfiles.type="portgraphics"/>
          <key attr.name="url" attr.type="string" for="node" id="d4"/>
          <key for="node" id="d6" yfiles.type="nodegraphics"/>
          <key for="graphml" id="d7" yfiles.type="resources"/>
          <key for="edge" id="d10" yfiles.type="edgegraphics"/>
          <graph edgedefault="directed" id="G">
            <data key="d0"/>
            <node id="n0">
              <data key="d4"><![CDATA[https://example.org/?a=1&b=2]]></data>
              <data key="d6">
                <y:ShapeNode>
                  <y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/>
                  <y:NodeLabel alignment="center">Ada</y:NodeLabel>
                </y:ShapeNode>
              </data>
            </node>
            <node id="n1" yfiles.foldertype="group">
              <graph edgedefault="undirected" id="n1:">
                <node id="n1::n0"/>
                <edge id="n1::e0" source="n1::n0" target="n0"/>
              </graph>
            </node>
            <edge id="e0" source="n0" target="n1::n0">
              <data key="d10"><y:PolyLineEdge><y:EdgeLabel>wrote</y:EdgeLabel></y:PolyLineEdge></data>
            </edge>
          </graph>
          <data key="d7">
            <y:Resources/>
          </data>
        </graphml>
        """.utf8)

    @Test func readsAYEdFileWithGroupsAndGraphics() throws {
        let document = try GraphMLReader().document(from: Self.yEd)
        #expect(document.graphID == "G")
        #expect(document.graphData == ["Description": .string("")])
        #expect(document.nodes.map(\.id) == ["n0", "n1", "n1::n0"])
        #expect(document.nodes[0].data == ["url": .string("https://example.org/?a=1&b=2"), "d6": .string("Ada")])
        #expect(document.edges.map(\.id) == ["n1::e0", "e0"])
        #expect(document.edges.map(\.directed) == [false, true])
        #expect(document.edges[1].data == ["d10": .string("wrote")])
        #expect(document.keys.first { $0.id == "d6" } == GraphMLDocument.Key(id: "d6", domain: .node, name: "d6", type: .string))
    }

    @Test func keyDefaultsFillMissingData() throws {
        let keys = """
            <key id="k" for="node" attr.name="kind" attr.type="int"><default> 7 </default></key>
            <key id="w" for="all" attr.name="w" attr.type="boolean"><default>false</default></key>
            """
        let document = try GraphMLReader().document(from: graphML(keys: keys, """
            <node id="a"><data key="k">1</data></node><node id="b"/><edge source="a" target="b"><data key="w">1</data></edge>
            """))
        #expect(document.nodes.map(\.data) == [["kind": .int(1), "w": .boolean(false)], ["kind": .int(7), "w": .boolean(false)]])
        #expect(document.edges.map(\.data) == [["w": .boolean(true)]])
        #expect(document.graphData == ["w": .boolean(false)])
    }

    // MARK: Hostile and broken input

    /// An input that must be refused, and the reason expected.
    struct Refused: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: Data
        let limits: GraphMLReader.Limits
        let matches: @Sendable (GraphMLReadError) -> Bool

        init(_ name: String, _ bytes: Data, limits: GraphMLReader.Limits = .init(),
             _ matches: @escaping @Sendable (GraphMLReadError) -> Bool) {
            self.name = name
            self.bytes = bytes
            self.limits = limits
            self.matches = matches
        }

        init(_ name: String, _ bytes: Data, limits: GraphMLReader.Limits = .init(), reason: GraphMLReadError.Reason) {
            self.init(name, bytes, limits: limits) { $0.reason == reason }
        }

        var testDescription: String { name }
    }

    static let labelKey = #"<key id="d0" for="node" attr.name="label" attr.type="string"/>"#
    static let mentionsKey = #"<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>"#

    static let billionLaughs: Data = {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            text += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        text += "]>\n\(graphMLOpen)\(labelKey)<graph edgedefault=\"directed\">"
            + "<node id=\"a\"><data key=\"d0\">&lol9;</data></node></graph></graphml>\n"
        return Data(text.utf8)
    }()

    static let refused: [Refused] = [
        Refused("XXE reading /etc/passwd", Data("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            \(graphMLOpen)\(labelKey)<graph edgedefault="directed"><node id="a"><data key="d0">&e;</data></node></graph></graphml>
            """.utf8), reason: .entityDeclarations),
        Refused("XXE through a parameter entity", Data("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>
            \(graphMLOpen)<graph edgedefault="directed"/></graphml>
            """.utf8), reason: .entityDeclarations),
        Refused("billion laughs", billionLaughs, reason: .entityDeclarations),
        Refused("an entity of an external DTD, which is never loaded", Data("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "file:///etc/passwd">
            \(graphMLOpen)\(labelKey)<graph edgedefault="directed"><node id="a"><data key="d0">&e;</data></node></graph></graphml>
            """.utf8)) {
            if case let .entityReference(name) = $0.reason { name == "e" && $0.line == 3 } else { false }
        },
        Refused("a truncated file", graphML(keys: labelKey, #"<node id="a"><data key="d0">Ada</data></node>"#).prefix(150)) {
            if case .malformedXML = $0.reason { $0.line != nil } else { false }
        },
        Refused("an undeclared data key", graphML(#"<node id="a"><data key="d9">x</data></node>"#),
                reason: .undeclaredKey(element: "node 'a'", key: "d9")),
        Refused("a wrong value for an int key", graphML(keys: mentionsKey, #"<node id="a"><data key="mentions">many</data></node>"#),
                reason: .invalidValue(element: "node 'a'", key: "mentions", type: "int", value: "many")),
        Refused("an int key's value past 32 bits",
                graphML(keys: mentionsKey, #"<node id="a"><data key="mentions">4294967296</data></node>"#),
                reason: .invalidValue(element: "node 'a'", key: "mentions", type: "int", value: "4294967296")),
        Refused("a node key's data in an edge", graphML(keys: mentionsKey, """
            <node id="a"/><node id="b"/><edge id="e0" source="a" target="b"><data key="mentions">1</data></edge>
            """), reason: .keyForOtherElements(element: "edge 'e0' (a -> b)", key: "mentions", domain: "node")),
        Refused("an edge to a missing node", graphML(#"<node id="a"/><edge id="e0" source="a" target="z"/>"#),
                reason: .unknownNode(edge: "edge 'e0' (a -> z)", node: "z")),
        Refused("a node declared twice", graphML(#"<node id="a"/><node id="a"/>"#), reason: .duplicateID(element: "node 'a'")),
        Refused("two values for one key",
                graphML(keys: labelKey, #"<node id="a"><data key="d0">x</data><data key="d0">y</data></node>"#),
                reason: .duplicateData(element: "node 'a'", key: "d0")),
        Refused("a depth bomb of 10,000 nested elements", Data((graphMLOpen + String(repeating: "<x>", count: 10_000)
                                                                + String(repeating: "</x>", count: 10_000) + "</graphml>").utf8),
                reason: .tooDeep(limit: 64)),
        Refused("an empty file", Data(), reason: .empty),
        Refused("not XML at all", Data("just some words, not markup\n".utf8)) {
            if case .malformedXML = $0.reason { true } else { false }
        },
        Refused("bytes that are not UTF-8",
                Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(graphMLOpen)<graph edgedefault=\"directed\">".utf8)
                    + [0xFF, 0xFE] + Data("</graph></graphml>".utf8)) {
            if case let .malformedXML(message) = $0.reason { message.contains("UTF-8") } else { false }
        },
        Refused("bytes that its declared encoding cannot convert",
                Data("<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>\(graphMLOpen)<graph edgedefault=\"directed\">".utf8)
                    + [0x1B, 0x24, 0x42, 0xFF, 0xFF] + Data("</graph></graphml>".utf8)) {
            if case .malformedXML = $0.reason { true } else { false }
        },
        Refused("another root element", Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), reason: .notGraphML(root: "svg")),
        Refused("no graph", Data("\(graphMLOpen)\(labelKey)</graphml>".utf8), reason: .noGraph),
        Refused("a file over the size limit", graphML(#"<node id="a"/>"#), limits: .init(maximumFileSize: 100),
                reason: .tooLarge(limit: 100)),
        Refused("a text over the length limit",
                graphML(keys: labelKey, "<node id=\"a\"><data key=\"d0\">\(String(repeating: "x", count: 2000))</data></node>"),
                limits: .init(maximumTextLength: 1000), reason: .textTooLong(limit: 1000)),
        Refused("an attribute over the length limit", graphML("<node id=\"\(String(repeating: "n", count: 2000))\"/>"),
                limits: .init(maximumTextLength: 1000), reason: .textTooLong(limit: 1000)),
    ]

    /// Whether libxml2 stays silent is checked per process, in the end-to-end `HostileGraphMLTests`.
    @Test(arguments: refused)
    func refusesQuickly(_ input: Refused) throws {
        var thrown: GraphMLReadError?
        let start = ContinuousClock.now
        do throws(GraphMLReadError) {
            _ = try GraphMLReader(limits: input.limits).document(from: input.bytes)
        } catch {
            thrown = error
        }
        let elapsed = ContinuousClock.now - start
        let error = try #require(thrown, "\(input.name) must be refused")
        #expect(input.matches(error), "\(error)")
        #expect(elapsed < .seconds(2), "refusing took \(elapsed)")
    }

    @Test func anXXEFileIsNeverRead() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = "secret-\(UUID().uuidString)"
        let secretURL = folder.appendingPathComponent("secret.txt")
        try Data(secret.utf8).write(to: secretURL)
        let graphURL = folder.appendingPathComponent("xxe.graphml")
        try Data("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY e SYSTEM "\(secretURL.absoluteString)">]>
            \(graphMLOpen)\(Self.labelKey)<graph edgedefault="directed"><node id="a"><data key="d0">&e;</data></node></graph></graphml>
            """.utf8).write(to: graphURL)
        let error = try #require(throws: GraphMLReadError.self) { try GraphMLReader().graph(contentsOf: graphURL) }
        #expect(error.reason == .entityDeclarations)
        #expect(error.path == graphURL.path)
        #expect(!error.description.contains(secret))
        #expect(error.description.contains("entity declarations are not allowed"))
    }

    @Test func aDOCTYPEWithoutDeclarationsIsAllowed() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">
            \(graphMLOpen)<graph edgedefault="directed"><node id="a"/></graph></graphml>
            """
        #expect(try GraphMLReader().document(from: Data(text.utf8)).nodes.map(\.id) == ["a"])
    }

    @Test func errorsNameTheFileAndLine() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("broken.graphml")
        try graphML(keys: Self.mentionsKey, "<node id=\"a\">\n<data key=\"mentions\">1.5</data></node>").write(to: url)
        let error = try #require(throws: GraphMLReadError.self) { try GraphMLReader().document(contentsOf: url) }
        #expect(error.description == "\(url.path):6: node 'a' has the value '1.5' for key 'mentions', which is not of its type int")
        let truncated = folder.appendingPathComponent("truncated.graphml")
        try GraphMLWriter().data(for: SampleGraph.make()).prefix(2000).write(to: truncated)
        let cut = try #require(throws: GraphMLReadError.self) { try GraphMLReader().document(contentsOf: truncated) }
        #expect(cut.path == truncated.path && cut.line != nil && cut.description.contains("not well-formed XML"), "\(cut)")
        let missing = try #require(throws: GraphMLReadError.self) {
            try GraphMLReader().document(contentsOf: folder.appendingPathComponent("missing.graphml"))
        }
        #expect(missing.reason == .cannotRead("No such file or directory"))
        #expect(throws: GraphMLReadError(path: folder.path, reason: .cannotRead("Is a directory"))) {
            try GraphMLReader().document(contentsOf: folder)
        }
    }

    @Test func readsInParallel() async throws {
        let data = try GraphMLWriter().data(for: SampleGraph.make())
        let expected = try GraphMLReader().document(from: data)
        let inputs = (0..<16).map { $0.isMultiple(of: 2) ? data : Self.billionLaughs }
        let results = await withTaskGroup(of: (Int, Result<GraphMLDocument, GraphMLReadError>).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, Result { () throws(GraphMLReadError) in try GraphMLReader().document(from: input) }) }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for (index, result) in results {
            if index.isMultiple(of: 2) {
                #expect(try result.get() == expected)
            } else {
                #expect(throws: GraphMLReadError(path: nil, reason: .entityDeclarations)) { try result.get() }
            }
        }
    }

    @Test func aFileAtTheSizeLimitLoadsAndOneByteMoreDoesNot() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.graphml")
        let data = try GraphMLWriter().data(for: SampleGraph.make())
        try data.write(to: url)
        #expect(throws: Never.self) { try GraphMLReader(limits: .init(maximumFileSize: data.count)).document(contentsOf: url) }
        #expect(throws: Never.self) { try GraphMLReader(limits: .init(maximumFileSize: data.count)).document(from: data) }
        let tooLarge = GraphMLReadError.Reason.tooLarge(limit: data.count - 1)
        #expect(throws: GraphMLReadError(path: url.path, reason: tooLarge)) {
            try GraphMLReader(limits: .init(maximumFileSize: data.count - 1)).document(contentsOf: url)
        }
        #expect(throws: GraphMLReadError(path: nil, reason: tooLarge)) {
            try GraphMLReader(limits: .init(maximumFileSize: data.count - 1)).document(from: data)
        }
    }

    // MARK: Knowledge-graph conversion

    static let kgKeys = """
        <key id="label" for="node" attr.name="label" attr.type="string"/>
        <key id="type" for="node" attr.name="type" attr.type="string"/>
        <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
        <key id="confidence" for="node" attr.name="confidence" attr.type="string"/>
        """

    static let unconvertible: [Refused] = [
        Refused("a node without a type", graphML(keys: kgKeys, #"<node id="a"><data key="label">A</data></node>"#),
                reason: .missingType(node: "node 'a'")),
        Refused("a node of an unknown type", graphML(keys: kgKeys, #"<node id="a"><data key="type">Planet</data></node>"#),
                reason: .unknownType(node: "node 'a'", type: "Planet")),
        Refused("a confidence that is not a number", graphML(keys: kgKeys, """
            <node id="a"><data key="type">Person</data><data key="confidence">high</data></node>
            """), reason: .notANumber(element: "node 'a'", name: "confidence", value: "high")),
        Refused("an edge without a relation", graphML(keys: kgKeys, """
            <node id="a"><data key="type">Person</data></node><node id="b"><data key="type">Person</data></node>
            <edge id="e0" source="a" target="b"/>
            """), reason: .missingRelation(edge: "edge 'e0' (a -> b)")),
        Refused("an edge of an unknown relation", graphML(keys: kgKeys, """
            <node id="a"><data key="type">Person</data></node><node id="b"><data key="type">Person</data></node>
            <edge source="a" target="b"><data key="relation">likes</data></edge>
            """), reason: .unknownRelation(edge: "edge a -> b", relation: "likes")),
        Refused("an edge between two nodes of one entity", graphML(keys: kgKeys, """
            <node id="a"><data key="type">Organization</data><data key="label">OpenAI</data></node>
            <node id="b"><data key="type">Organization</data><data key="label">Open AI</data></node>
            <edge source="a" target="b"><data key="relation">partnered_with</data></edge>
            """), reason: .sameEntity(edge: "edge a -> b", entity: "openai")),
    ]

    @Test(arguments: unconvertible)
    func refusesWhatIsNoKnowledgeGraph(_ input: Refused) throws {
        let document = try GraphMLReader().document(from: input.bytes)
        let error = try #require(throws: GraphMLReadError.self) { try KnowledgeGraph(graphML: document) }
        #expect(input.matches(error), "\(error)")
    }

    @Test func conversionErrorsFromAFileNameIt() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("untyped.graphml")
        try graphML(#"<node id="a"/>"#).write(to: url)
        #expect(throws: GraphMLReadError(path: url.path, line: 5, reason: .missingType(node: "node 'a'"))) {
            try GraphMLReader().graph(contentsOf: url)
        }
    }
}

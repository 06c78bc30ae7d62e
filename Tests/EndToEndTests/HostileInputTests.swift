import Foundation
import Testing

/// Names that try to break out of XML and DOT strings, and inputs that are not clean articles.
@Suite("kg build on hostile and bad input")
struct HostileInputTests {
    /// An article whose names carry quotes, backslashes, `<`, `&`, DOT syntax and control characters.
    static let hostileArticle = """
        Acme "Quote" Labs announced on Monday that it had partnered with Back\\slash Corp, the \
        London-based maker of search software. Fish & Chips Ltd chief executive Jane <Smith> said the deal \
        would help both companies. "We are thrilled," said Tom O'Brien, the founder of Acme "Quote" Labs.

        Analysts at Rock]; node [label=x Capital said the partnership puts pressure on rivals like \
        Evil"] -> "Injected Group, Less<Than Inc and Control\u{0001}Char Systems. Back\\slash Corp CEO \
        Maria \\"Lopez\\" told Reuters that the company would expand to Paris.

        The agreement follows a tense year for Fish & Chips Ltd, which was acquired by Acme "Quote" Labs \
        in March.\u{000B} Vertical\u{000B}Tab Media and Escape\u{001B}[31m Red Corp reported the news first. \
        <b>Bold</b> & Co, A&amp;B Partners and Trailing Backslash\\ Group were also named. \
        Jane <Smith> of Fish & Chips Ltd joined the board of Back\\slash Corp; \
        digraph { "a" -> "b" } Holdings and Brace} {Corp denied it.

        """

    @Test("names with quotes, backslashes, <, &, DOT syntax and control characters give a valid GraphML and a silent DOT",
          .enabled(if: Tools.shouldRun(["xmllint", "dot", "sfdp"]), "xmllint or Graphviz is not installed (set CI to require it)"))
    func hostileNamesStayInsideTheirStrings() throws {
        let folder = try Scratch.folder("hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("articles", isDirectory: true)
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(Self.hostileArticle.utf8).write(to: input.appendingPathComponent("hostile.txt"))
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", input.path, "--out", out.path])
        try #require(outcome.status == 0, "kg build on the hostile article failed:\n\(outcome)")
        try GraphChecks.expectValidGraphML(out.appendingPathComponent("graph.graphml"))
        try GraphChecks.expectSilentRendering(out.appendingPathComponent("graph.dot"))
    }

    /// A PNG header and some binary data, NULs included.
    static let pngBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
                                    0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10,
                                    0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0xF3, 0xFF, 0x61]
        + (0..<1024).map { UInt8(truncatingIfNeeded: $0 &* 37) }

    /// Text with good sentences and two invalid UTF-8 bytes (Latin-1 é and ï).
    static let invalidUTF8Bytes: [UInt8] =
        Array("OpenAI chief executive Sam Altman spoke in Paris on Tuesday. The caf".utf8) + [0xE9]
        + Array(" was full, and Microsoft praised the na".utf8) + [0xEF]
        + Array("ve plan. Google said it would respond.\n".utf8)

    /// An HTML page whose script and style hold names that must not reach the graph.
    static let htmlPage = """
        <!DOCTYPE html><html><head><title>Deal news</title>
        <style>body { font-family: "Zqxstyle Sans"; } .Zqxstyle { color: red; }</style>
        <script>var msg = "Zqxscript Holdings announced a merger with Zqxscript Partners"; document.title = msg;</script>
        </head><body><h1>Nvidia partners with Anthropic</h1>
        <p>Nvidia chief executive Jensen Huang said on Monday that the company had partnered with Anthropic, \
        the San Francisco-based startup.</p>
        <script type="text/javascript">// Zqxscript Labs tracking code
        window.Zqxscript = { owner: "Zqxscript Labs", note: "</p>Zqxscript Group" };</script>
        </body></html>

        """

    /// Writes the mixed folder: one good article, a binary `x.txt`, an empty `.md`,
    /// an invalid-UTF-8 `.txt` and an HTML page with script and style.
    static func writeMixedFolder(_ input: URL) throws {
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let article = try #require(try FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path)
            .sorted().first { $0.hasSuffix(".txt") }, "no seed article in \(Paths.seeds.path)")
        try Data(contentsOf: Paths.seeds.appendingPathComponent(article)).write(to: input.appendingPathComponent("good.txt"))
        try Data(pngBytes).write(to: input.appendingPathComponent("x.txt"))
        try Data().write(to: input.appendingPathComponent("empty.md"))
        try Data(invalidUTF8Bytes).write(to: input.appendingPathComponent("latin1.txt"))
        try Data(htmlPage.utf8).write(to: input.appendingPathComponent("page.html"))
    }

    @Test("a folder with a binary x.txt, an empty .md, invalid UTF-8 and HTML: exit 3, a valid graph, every bad file named with its problem",
          .enabled(if: Tools.shouldRun(["xmllint", "dot", "sfdp"]), "xmllint or Graphviz is not installed (set CI to require it)"))
    func mixedFolderGivesPartialBuild() throws {
        let folder = try Scratch.folder("mixed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in", isDirectory: true)
        try Self.writeMixedFolder(input)
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", input.path, "--out", out.path])
        #expect(outcome.status == 3, "the binary x.txt makes the build partial (exit 3):\n\(outcome)")
        #expect(outcome.errors.contains("x.txt"), "stderr does not name the binary file x.txt:\n\(outcome.errors)")
        // One message per bad file, saying what is wrong with it; none for the good ones.
        let lines = outcome.errors.split(separator: "\n")
        for (file, problem) in [("x.txt", "binary"), ("empty.md", "empty"), ("latin1.txt", "invalid UTF-8")] {
            let messages = lines.filter { $0.contains("/\(file): ") }
            #expect(messages.count == 1 && messages.allSatisfy { $0.contains(problem) },
                    "expected one message about \(file) saying \(problem), got \(messages)")
        }
        #expect(!lines.contains { $0.contains("good.txt") || $0.contains("page.html") }, "a good file was reported:\n\(outcome.errors)")
        let graphML = out.appendingPathComponent("graph.graphml"), dot = out.appendingPathComponent("graph.dot")
        try #require(FileManager.default.fileExists(atPath: graphML.path), "no graph.graphml written:\n\(outcome)")
        try #require(FileManager.default.fileExists(atPath: dot.path), "no graph.dot written:\n\(outcome)")
        try GraphChecks.expectValidGraphML(graphML)
        try GraphChecks.expectSilentRendering(dot)

        // Script and style contents are not article text.
        for file in [graphML, dot] {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            #expect(!text.contains("Zqxscript") && !text.contains("Zqxstyle"),
                    "\(file.lastPathComponent) holds text from an HTML <script> or <style>")
        }
    }

    @Test("a nonexistent input alone: non-zero exit, a message naming it, nothing written")
    func nonexistentInputFails() throws {
        let folder = try Scratch.folder("missing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no-such-articles").path
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", missing, "--out", out.path])
        #expect(outcome.status != 0, "kg build succeeded without any input:\n\(outcome)")
        #expect(outcome.status != 3, "exit 3 promises a written graph, but there is nothing to write:\n\(outcome)")
        #expect(outcome.errors.contains("no-such-articles"), "stderr does not name the missing input:\n\(outcome)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(written.isEmpty, "a failed build wrote \(written) into --out")
    }

    @Test("only unreadable inputs (a binary file and an empty .md): non-zero exit, nothing written")
    func onlyUnreadableInputsFail() throws {
        let folder = try Scratch.folder("unreadable")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in", isDirectory: true)
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(Self.pngBytes).write(to: input.appendingPathComponent("x.txt"))
        try Data().write(to: input.appendingPathComponent("empty.md"))
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", input.path, "--out", out.path])
        #expect(outcome.status != 0 && outcome.status != 3, "no document could be read, so the build must fail:\n\(outcome)")
        #expect(outcome.errors.contains("x.txt"), "stderr does not name the binary file x.txt:\n\(outcome)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(written.isEmpty, "a failed build wrote \(written) into --out")
    }

    @Test("a nonexistent input next to a good article: exit 3, the graph written, the missing input named")
    func nonexistentInputBesideGoodOneIsPartial() throws {
        let folder = try Scratch.folder("partial")
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no-such-article.txt").path
        let out = folder.appendingPathComponent("out")

        let outcome = try Run.kg(["build", "seeds", missing, "--out", out.path])
        #expect(outcome.status == 3, "an unreadable input makes the build partial (exit 3):\n\(outcome)")
        #expect(outcome.errors.contains("no-such-article.txt"), "stderr does not name the missing input:\n\(outcome)")
        for name in ["graph.graphml", "graph.dot"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "no \(name) written:\n\(outcome)")
        }
    }

    @Test("a failed build leaves the existing graph files untouched")
    func failedBuildKeepsEarlierFiles() throws {
        let folder = try Scratch.folder("keep")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let earlier: [String: Data] = [
            "graph.graphml": Data("<?xml version=\"1.0\"?>\n<!-- an earlier graph -->\n".utf8),
            "graph.dot": Data("digraph earlier {}\n".utf8),
        ]
        for (name, bytes) in earlier { try bytes.write(to: out.appendingPathComponent(name)) }

        let outcome = try Run.kg(["build", folder.appendingPathComponent("no-such-articles").path, "--out", out.path])
        #expect(outcome.status != 0, "kg build succeeded without any input:\n\(outcome)")
        for (name, bytes) in earlier {
            #expect(Bytes.of(out.appendingPathComponent(name)) == bytes, "the failed build changed out/\(name)")
        }
        let listing = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(listing == earlier.keys.sorted(), "the failed build left files behind in out/: \(listing)")
    }
}

import Export
import Foundation
import Graph
import Testing

/// Reads DOT text the way Graphviz's lexer does: the quoted strings, decoded,
/// and the text around them with every string replaced by `Q`.
struct DOTLexed {
    var skeleton = ""
    var strings: [String] = []

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\"" else {
                skeleton.unicodeScalars.append(scalar)
                continue
            }
            var string = ""
            while let inner = scalars.popFirst(), inner != "\"" {
                if inner == "\\", let next = scalars.first, next == "\"" || next == "\\" || next == "n" {
                    scalars.removeFirst()
                    string += next == "n" ? "\n" : String(next)
                } else {
                    string.unicodeScalars.append(inner)
                }
            }
            strings.append(string)
            skeleton += "Q"
        }
    }
}

/// A label as the DOT writer promises to show it.
func dotExpected(_ text: String) -> String {
    var result = ""
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
        defer { afterCarriageReturn = scalar == "\r" }
        switch scalar {
        case "\n" where afterCarriageReturn: continue
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": result += "\n"
        case "\t": result += " "
        case "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
        case _ where scalar.properties.generalCategory == .control: result += "\u{FFFD}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}

@Suite("DOT writer")
struct DOTWriterTests {
    let graph = SampleGraph.make()
    var text: String { DOTWriter().string(for: graph) }

    @Test func noTextBreaksOutOfItsString() throws {
        let lexed = DOTLexed(text)
        let patterns = [
            #"digraph Q \{"#, #"  graph \[overlap=Q\];"#, #"  node \[style=Q, fontsize=Q\];"#, #"  edge \[fontsize=Q\];"#,
            #"  subgraph Q \{"#, #"    label=Q;"#, #"    Q \[label=Q, shape=Q, fillcolor=Q\];"#, #"  \}"#,
            #"  Q \[label=Q, shape=Q, fillcolor=Q\];"#,
            #"  Q -> Q \[label=Q, penwidth=Q(, dir=Q)?(, style=Q, color=Q, fontcolor=Q)?\];"#, #"\}"#,
        ]
        let lines = lexed.skeleton.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for line in lines {
            #expect(patterns.contains { String(line).wholeMatch(of: try! Regex($0)) != nil }, "unexpected statement: \(line)")
        }
        let nodeLines = lines.filter { $0.hasPrefix("  Q [") }
        #expect(nodeLines.count == graph.entities.count)
        #expect(lines.filter { $0.contains("->") }.count == graph.relations.count)
    }

    @Test func labelsSurviveEscaping() throws {
        let strings = DOTLexed(text).strings
        for entity in graph.sortedEntities {
            let expected = dotExpected(entity.label).replacingOccurrences(of: "&", with: "&amp;")
            #expect(strings.contains(expected), "label of \(entity.id) is \(expected)")
        }
        #expect(text.contains(#"label="Paul \"PR\" Roetzer \\ <CEO> &amp; co""#))
        #expect(text.contains(#"label="\"]; node [label=x""#))
        #expect(text.contains(#"label="Line one\nLine two\nthree\nfour""#))
        #expect(text.contains(#"label="A\\B\\ Tab\\""#))
        #expect(text.contains(#"label="Tribeca 2024 <&amp;amp;> &amp;lt;""#))
    }

    @Test func noControlCharacterReachesTheText() {
        #expect(!text.unicodeScalars.contains { $0 != "\n" && $0.properties.generalCategory == .control })
        #expect(!text.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" })
        #expect(text.contains("NUL\u{FFFD}bell\u{FFFD}esc\u{FFFD}del\u{FFFD}\u{FFFD}\u{FFFD}end"))
    }

    @Test func everyTypeHasItsShapeAndColour() {
        for entity in graph.sortedEntities {
            let style = entity.type.style
            #expect(text.contains("  \"\(entity.id.rawValue)\" [label="))
            #expect(text.contains("shape=\"\(style.shape)\", fillcolor=\"\(style.color.hex)\"];\n"))
        }
        #expect(Set(EntityType.allCases.map(\.style.shape)).count == EntityType.allCases.count)
        #expect(Set(EntityType.allCases.map(\.style.color)).count == EntityType.allCases.count)
        #expect(EntityType.person.style.color.hex == "#729ece")
    }

    @Test func legendShowsThePresentTypes() {
        #expect(text.contains("  subgraph \"cluster_legend\" {\n    label=\"Legend\";\n"))
        for type in Set(graph.entities.values.map(\.type)) {
            let style = type.style
            #expect(text.contains("    \"legend_\(type.rawValue)\" [label=\"\(type.rawValue)\", shape=\"\(style.shape)\", fillcolor=\"\(style.color.hex)\"];"))
        }
        #expect(!DOTWriter().string(for: KnowledgeGraph()).contains("cluster_legend"))
    }

    @Test func edgesShowRelationDirectionAndWeight() throws {
        let lines = text.split(separator: "\n").filter { $0.contains(" -> ") }
        let founder = try #require(lines.first { $0.contains("label=\"founder_of\"") })
        #expect(founder.hasSuffix("[label=\"founder_of\", penwidth=\"1.0\"];"))
        let partner = try #require(lines.first { $0.contains("label=\"partnered_with\"") })
        #expect(partner.contains("dir=\"none\""))
        #expect(!partner.contains("dashed"))
        let cooccurrence = try #require(lines.first { $0.contains("label=\"co_occurs_with\"") })
        #expect(cooccurrence.hasSuffix(#"penwidth="4.483", dir="none", style="dashed", color="grey60", fontcolor="grey40"];"#))
        let ceo = try #require(lines.first { $0.contains("label=\"ceo_of\"") })
        #expect(ceo.contains("penwidth=\"2.5\""))
    }

    @Test func sameGraphGivesIdenticalText() throws {
        #expect(DOTWriter().data(for: graph) == DOTWriter().data(for: graph))
        #expect(DOTWriter().string(for: SampleGraph.make(reversed: true)) == text)
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("graph.dot")
        try DOTWriter().write(graph, to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }
}

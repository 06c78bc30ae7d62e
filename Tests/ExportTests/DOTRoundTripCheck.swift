import Graph

/// Lexes written DOT the way Graphviz does and checks that no
/// text left its quoted string: the statements between the strings are
/// exactly the writer's, and each string decodes to what `String.dotQuoted`
/// promises (`dotExpected`; in labels `&` is written `&amp;`).
enum DOTRoundTripCheck {
    /// The differences between `graph` and its DOT `text` read back.
    static func mismatches(of graph: KnowledgeGraph, text: String) -> [String] {
        var check = Mismatches("DOT")
        if text.unicodeScalars.contains(where: { $0 != "\n" && $0.properties.generalCategory == .control || $0 == "\u{FFFE}" || $0 == "\u{FFFF}" }) {
            check.note("a control character or U+FFFE/U+FFFF is in the text")
        }
        let lexed = lex(text)
        let (skeleton, strings) = expected(for: graph)
        check.same(lexed.skeleton, skeleton, "statements around the strings")
        check.equal(lexed.strings.count, strings.count, "number of strings")
        for (index, (string, wanted)) in zip(lexed.strings, strings).enumerated() {
            guard let wanted else { continue }
            check.same(string, wanted, "string \(index)")
        }
        return check.found
    }

    /// The text with every quoted string replaced by `Q`, and the strings
    /// with `\"`, `\\` and `\n` decoded (any other escape is kept as written),
    /// as Graphviz's lexer and label reader see them. Works on UTF-8 bytes,
    /// since quote and backslash are ASCII.
    static func lex(_ text: String) -> (skeleton: String, strings: [String]) {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var skeleton: [UInt8] = [], strings: [String] = [], string: [UInt8] = [], index = 0
        while index < bytes.count {
            guard bytes[index] == quote else {
                skeleton.append(bytes[index])
                index += 1
                continue
            }
            index += 1
            string.removeAll(keepingCapacity: true)
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == backslash, index + 1 < bytes.count {
                    switch bytes[index + 1] {
                    case quote, backslash: string.append(bytes[index + 1])
                    case UInt8(ascii: "n"): string.append(UInt8(ascii: "\n"))
                    default: string += bytes[index...index + 1]
                    }
                    index += 2
                } else {
                    string.append(bytes[index])
                    index += 1
                }
            }
            index += 1
            strings.append(String(decoding: string, as: UTF8.self))
            skeleton.append(UInt8(ascii: "Q"))
        }
        return (String(decoding: skeleton, as: UTF8.self), strings)
    }

    /// The text around the strings (each string as `Q`) and the decoded
    /// strings, nil where the value is a computed number.
    private static func expected(for graph: KnowledgeGraph) -> (skeleton: String, strings: [String?]) {
        var skeleton = "digraph Q {\n  graph [overlap=Q];\n  node [style=Q, fontsize=Q];\n  edge [fontsize=Q];\n"
        var strings: [String?] = ["knowledge_graph", "false", "filled", "11", "9"]
        let entities = graph.sortedEntities
        let types = Set(entities.map(\.type)).sorted()
        if !types.isEmpty {
            skeleton += "  subgraph Q {\n    label=Q;\n"
            strings += ["cluster_legend", "Legend"]
            for type in types {
                skeleton += "    Q [label=Q, shape=Q, fillcolor=Q];\n"
                strings += ["legend_\(type.rawValue)", type.rawValue, type.style.shape, type.style.color.hex]
            }
            skeleton += "  }\n"
        }
        for entity in entities {
            skeleton += "  Q [label=Q, shape=Q, fillcolor=Q];\n"
            strings += [entity.id.rawValue, label(entity.label), entity.type.style.shape, entity.type.style.color.hex]
        }
        for relation in graph.sortedRelations {
            skeleton += "  Q -> Q [label=Q, penwidth=Q"
            strings += [relation.head.rawValue, relation.tail.rawValue, relation.kind.rawValue, nil]
            if relation.kind.isSymmetric {
                skeleton += ", dir=Q"
                strings.append("none")
            }
            if relation.kind == .coOccursWith {
                skeleton += ", style=Q, color=Q, fontcolor=Q"
                strings += ["dashed", "grey60", "grey40"]
            }
            skeleton += "];\n"
        }
        return (skeleton + "}\n", strings)
    }

    /// A label as it stands between the quotes once `\"`, `\\` and `\n` are decoded.
    private static func label(_ text: String) -> String {
        ExportExpectation.replacing("&", with: "&amp;", in: dotExpected(text))
    }
}

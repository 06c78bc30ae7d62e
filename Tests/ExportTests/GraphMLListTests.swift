@testable import Export
import Testing

@Suite("GraphML list values")
struct GraphMLListTests {
    @Test("a list value splits at every ` | `, by bytes, keeping empty pieces",
          arguments: [
              ("a | b", ["a", "b"]),
              ("", [""]),
              (" | ", ["", ""]),
              ("a |  | b", ["a", "", "b"]),
              ("a|b | c", ["a|b", "c"]),
              ("x | \u{301}y", ["x", "\u{301}y"]),
              ("x | \u{200D}y | \u{20DD}", ["x", "\u{200D}y", "\u{20DD}"]),
              ("é | e\u{301}", ["é", "e\u{301}"]),
          ])
    func splitsAtTheSeparator(text: String, elements: [String]) {
        let split = text.graphMLListElements
        #expect(split.map { Array($0.unicodeScalars) } == elements.map { Array($0.unicodeScalars) })
        #expect(split.joined(separator: GraphMLWriter.separator).unicodeScalars.elementsEqual(text.unicodeScalars))
    }
}

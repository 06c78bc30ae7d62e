import Foundation
import Testing

/// `kg extract --format jsonl` and the help texts.
@Suite("kg extract and --help")
struct ExtractAndHelpTests {
    /// The six keys every mention record carries.
    static let keys: Set<String> = ["document", "start", "end", "text", "type", "entity"]

    /// Parses each line of JSON Lines output into an object, recording an issue for each bad line.
    static func records(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
        var records: [[String: Any]] = []
        for (index, line) in output.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
                  let record = object as? [String: Any] else {
                Issue.record("line \(index + 1) is not a JSON object: \(line)", sourceLocation: sourceLocation)
                continue
            }
            records.append(record)
        }
        return records
    }

    /// An integer field of a record (JSONSerialization gives numbers as NSNumber).
    static func integer(_ value: Any?) -> Int? {
        guard let number = value as? NSNumber, number.doubleValue == Double(number.intValue) else { return nil }
        return number.intValue
    }

    @Test("kg extract seeds/000_*.txt --format jsonl: six keys per record, offsets in Unicode scalars match the text")
    func extractOffsetsMatchTheText() throws {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path)
            .sorted().first { $0.hasPrefix("000_") && $0.hasSuffix(".txt") }, "no seeds/000_*.txt")
        let outcome = try Run.kg(["extract", "seeds/\(name)", "--format", "jsonl"])
        try #require(outcome.status == 0, "kg extract failed:\n\(outcome)")

        // The document text as read: UTF-8 with line endings made LF.
        let raw = String(decoding: try Data(contentsOf: Paths.seeds.appendingPathComponent(name)), as: UTF8.self)
        let text = Array(raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").unicodeScalars)
        let types = Set(try Ontology.load().entityTypes)

        let records = Self.records(outcome.output)
        #expect(!records.isEmpty, "kg extract printed no mention for \(name):\n\(outcome)")
        var previousStart = -1
        for (index, record) in records.enumerated() {
            let missing = Self.keys.subtracting(record.keys)
            #expect(missing.isEmpty, "record \(index + 1) lacks \(missing.sorted()): \(record)")
            #expect(record["document"] as? String == name, "record \(index + 1) names document \(record["document"] ?? "nil"), not \(name)")
            #expect(record["source"] == nil, "record \(index + 1) of a plain-text file has a source: \(record)")
            guard let start = Self.integer(record["start"]), let end = Self.integer(record["end"]),
                  let mention = record["text"] as? String else {
                Issue.record("record \(index + 1) has no integer start/end or string text: \(record)")
                continue
            }
            guard 0 <= start, start < end, end <= text.count else {
                Issue.record("record \(index + 1) has offsets [\(start), \(end)) outside the text of \(text.count) scalars: \(record)")
                continue
            }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: text[start..<end])
            #expect(String(slice) == mention, "record \(index + 1): scalars [\(start), \(end)) are \"\(String(slice))\", not \"\(mention)\"")
            #expect(types.contains(record["type"] as? String ?? ""), "record \(index + 1) has a type outside the ontology: \(record)")
            #expect(!((record["entity"] as? String) ?? "").isEmpty, "record \(index + 1) has no entity: \(record)")
            #expect(start >= previousStart, "record \(index + 1) is out of document order (start \(start) after \(previousStart))")
            previousStart = start
        }
    }

    @Test("kg extract on HTML marks every record with \"source\": \"text\"")
    func extractFromHTMLGivesSource() throws {
        let folder = try Scratch.folder("extract-html")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data(HostileInputTests.htmlPage.utf8).write(to: page)
        let outcome = try Run.kg(["extract", page.path, "--format", "jsonl"])
        try #require(outcome.status == 0, "kg extract failed:\n\(outcome)")
        let records = Self.records(outcome.output)
        #expect(!records.isEmpty, "kg extract printed no mention for the HTML page:\n\(outcome)")
        for (index, record) in records.enumerated() {
            #expect(Self.keys.isSubset(of: record.keys), "record \(index + 1) lacks some of \(Self.keys.sorted()): \(record)")
            #expect(record["source"] as? String == "text", "record \(index + 1) of an HTML file lacks \"source\": \"text\": \(record)")
            #expect(!((record["text"] as? String) ?? "").contains("Zqx"), "record \(index + 1) comes from a <script> or <style>: \(record)")
        }
    }

    @Test("--help of kg and each command exits 0 and names their options",
          arguments: [
              (["--help"], ["build", "extract", "explain", "train", "bench"]),
              (["explain", "--help"], ["graph", "first", "second"]),
              (["train", "--help"], ["--data", "--out", "--epochs", "--seed"]),
              (["bench", "--help"], ["--repetitions", "words/s"]),
              (["build", "--help"], ["--out", "--format", "--max-file-size", "graphml", "dot"]),
              (["extract", "--help"], ["--format", "--max-file-size", "jsonl", "table"]),
          ])
    func helpMentionsOptions(arguments: [String], mentions: [String]) throws {
        let outcome = try Run.kg(arguments)
        #expect(outcome.status == 0, "kg \(arguments.joined(separator: " ")) failed:\n\(outcome)")
        let help = outcome.output + outcome.errors
        for word in mentions {
            #expect(help.contains(word), "kg \(arguments.joined(separator: " ")) does not mention \(word):\n\(help)")
        }
    }

    @Test("kg bench prints a figure for every stage and the peak memory")
    func benchPrintsStages() throws {
        let outcome = try Run.kg(["bench", Paths.packageRoot.appendingPathComponent("seeds").path, "--repetitions", "1"])
        #expect(outcome.status == 0, "kg bench failed:\n\(outcome)")
        for stage in ["read", "tokenize", "tag (NER model)", "extract", "resolve + assemble", "export", "end to end", "peak resident memory"] {
            #expect(outcome.output.contains(stage), "kg bench does not report \(stage):\n\(outcome.output)")
        }
        #expect(outcome.output.components(separatedBy: "words/s").count - 1 == 7)
    }

    @Test("kg explain prints the relation, its rule and its evidence; an unknown name fails clearly")
    func explain() throws {
        let folder = try Scratch.folder("explain")
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = try Run.kg(["build", "seeds", "--out", folder.path])
        #expect(built.status == 0, "kg build failed:\n\(built)")
        let graph = folder.appendingPathComponent("graph.graphml").path
        let outcome = try Run.kg(["explain", graph, "Roetzer", "marketing ai institute"])
        #expect(outcome.status == 0, "kg explain failed:\n\(outcome)")
        #expect(outcome.output.contains("Paul Roetzer -founder_of-> Marketing AI Institute"))
        #expect(outcome.output.contains("found by: "))
        #expect(outcome.output.contains("founder and CEO Paul Roetzer"))
        let unknown = try Run.kg(["explain", graph, "Nobody Atall", "OpenAI"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("no entity named 'Nobody Atall'"))
        let broken = try Run.kg(["explain", "seeds/000_5c7faa86095bd096.txt", "a", "b"])
        #expect(broken.status != 0)
        #expect(!broken.errors.isEmpty)
    }
}

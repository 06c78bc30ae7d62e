// Shared by the FuzzText fuzz target (Fuzz/Sources/FuzzText links this file) and
// FuzzCorpusReplayTests, so the committed corpus replays through the fuzzer's own code.
import Extraction
import Foundation
import Graph

/// The text pipeline of `kg build` on arbitrary bytes: the first byte chooses the file
/// type (`.txt`, `.md` or `.html`), the rest is the file. The bytes are written to a
/// temporary file and read by `DocumentReader` (UTF-8 repair, binary detection, front
/// matter, HTML parsing), then extracted and made into a graph twice: by the graph builder
/// `kg build` uses, which counts mentions, and by the assembler, which keeps them all.
enum TextFuzzPipeline {
    /// What one input gave.
    enum Outcome {
        /// The reader refused the file (binary, too large...), as `kg build` skips it.
        case refused(DocumentReadError)
        /// The file had no text and gave no document.
        case empty
        /// The document read, the assembler's graph of it alone (with every mention), and
        /// the builder's (`built`, which kg writes).
        case graph(Document, KnowledgeGraph, built: KnowledgeGraph)
    }

    /// The file extensions the first input byte chooses from, by its value modulo their count:
    /// the corpus files start with `0` for `.txt`, `1` for `.md` and `2` for `.html`.
    static let fileExtensions = ["txt", "md", "html"]

    /// One extractor for every input: it loads the bundled tagger model once.
    private static let extractor = Extractor()

    /// The file name the document of `input` gets.
    static func fileName(for input: [UInt8]) -> String {
        let choice = Int(input.first ?? 0) % fileExtensions.count
        return "input." + fileExtensions[choice]
    }

    /// The input that makes `file` a file with the extension `fileExtension`, one of `fileExtensions`.
    static func input(_ file: [UInt8], fileExtension: String) -> [UInt8] {
        let choice = fileExtensions.firstIndex(of: fileExtension) ?? 0
        return [UInt8(ascii: "0") + UInt8(choice)] + file
    }

    /// Runs the pipeline on `input`; throws only when the temporary file cannot be written.
    static func run(_ input: [UInt8]) throws -> Outcome {
        let name = fileName(for: input)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("kg-fuzz-\(UUID().uuidString)-\(name)").path
        try Data(input.dropFirst()).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }

        let result: DocumentReadResult
        do {
            result = try DocumentReader().read(InputFile(path: path, name: name))
        } catch {
            return .refused(error)
        }
        guard let document = result.document else { return .empty }
        let extraction = extractor.extract(document)
        var builder = GraphBuilder()
        builder.add(extraction)
        return .graph(document, GraphAssembler().graph(from: CorpusResolver().resolve([extraction])), built: builder.graph())
    }

    /// What is wrong with `graph` as the graph of `document` alone: relations whose ends
    /// are not in the graph, mentions outside the document or of another document, and
    /// evidence whose range is outside the text. Empty for a sound graph.
    static func violations(in graph: KnowledgeGraph, of document: Document) -> [String] {
        let length = document.text.unicodeScalars.count
        var found: [String] = []
        for relation in graph.sortedRelations {
            for end in [relation.head, relation.tail] where graph[end] == nil {
                found.append("relation \(relation.kind) names the missing entity \(end)")
            }
            for evidence in relation.evidence where !(0 <= evidence.start && evidence.end <= length) {
                found.append("evidence of \(relation.kind) at \(evidence.start)..<\(evidence.end) outside 0..<\(length)")
            }
        }
        for entity in graph.sortedEntities {
            for mention in entity.mentions {
                if mention.document != document.name {
                    found.append("mention \"\(mention.text)\" of \(entity.label) names the document \(mention.document)")
                }
                if !(0 <= mention.start && mention.start <= mention.end && mention.end <= length) {
                    found.append("mention \"\(mention.text)\" of \(entity.label) at \(mention.start)..<\(mention.end) outside 0..<\(length)")
                }
                let sentence = mention.sentence
                if !(0 <= sentence.start && sentence.start <= mention.start && mention.end <= sentence.end && sentence.end <= length) {
                    found.append("sentence \(sentence.start)..<\(sentence.end) of \"\(mention.text)\" does not hold it within 0..<\(length)")
                }
            }
        }
        return found
    }

    /// How `built` (a graph builder's) differs from `full` (the assembler's graph of the
    /// same extractions): it must hold the same entities and relations with the same
    /// fields, mentions and sentences counted instead of kept. Empty when they agree.
    static func differences(built: KnowledgeGraph, full: KnowledgeGraph) -> [String] {
        var found: [String] = []
        if built.entities.keys.sorted() != full.entities.keys.sorted() { found.append("entity ids differ") }
        for (id, entity) in full.entities {
            guard let kept = built.entities[id] else { continue }
            let fields: [(String, Bool)] = [
                ("mentions kept", kept.mentions.isEmpty), ("label", kept.label == entity.label), ("type", kept.type == entity.type),
                ("aliases", kept.aliases == entity.aliases), ("confidence", kept.confidence == entity.confidence),
                ("attributes", kept.attributes == entity.attributes), ("mention count", kept.mentionCount == entity.mentionCount),
                ("documents", kept.documents == entity.documents),
            ]
            found += fields.filter { !$0.1 }.map { "entity \(id): \($0.0) differs" }
        }
        if built.relations.keys.sorted() != full.relations.keys.sorted() { found.append("relation keys differ") }
        for (key, relation) in full.relations {
            guard let kept = built.relations[key], let first = relation.evidence.first else { continue }
            let words = EndMentions(head: full.entities[key.head]?.mentionText(in: first) ?? "",
                                    tail: full.entities[key.tail]?.mentionText(in: first) ?? "")
            let fields: [(String, Bool)] = [
                ("evidence", kept.evidence == [first]), ("weight", kept.weight == relation.weight),
                ("documents", kept.documents == relation.documents), ("confidence", kept.confidence == relation.confidence),
                ("rule", kept.rule == relation.rule), ("end mentions", kept.firstEvidenceMentions == words),
            ]
            found += fields.filter { !$0.1 }.map { "relation \(key.head) \(key.kind.rawValue) \(key.tail): \($0.0) differs" }
        }
        return found
    }
}

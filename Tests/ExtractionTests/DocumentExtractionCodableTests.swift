import Foundation
import Graph
import Testing
@testable import Extraction

/// `DocumentExtraction: Codable`, which the part files of `kg build --shard` rely on:
/// decoding gives back an equal value, and damaged records are refused.
@Suite("DocumentExtraction coding")
struct DocumentExtractionCodableTests {
    private func encoded(_ extraction: DocumentExtraction) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(extraction)
    }

    private func decoded(_ data: Data) throws -> DocumentExtraction {
        try JSONDecoder().decode(DocumentExtraction.self, from: data)
    }

    @Test("an extractor's output reads back equal, and encodes to the same bytes again")
    func extractorOutputRoundTrips() throws {
        let extraction = Extractor().extract(Document(name: "news/a.txt", text: """
        Quantix Robotics founder and CEO Maria Delgado spoke in Chicago on Friday, November 26.
        The startup partnered with Lumenfield Labs, according to a statement sent to The Daily Ledger.
        Delgado said the Quantix Robotics app, a rival of Chatterly, would ship soon.
        """, publicationDate: "2024-11-27"))
        #expect(!extraction.entities.isEmpty && !extraction.relations.isEmpty)
        let data = try encoded(extraction)
        let back = try decoded(data)
        #expect(back == extraction)
        #expect(try encoded(back) == data)
    }

    @Test("doubles, other documents and types, attributes and every mention form survive exactly")
    func awkwardValuesRoundTrip() throws {
        let here = Evidence(document: "x.txt", start: 0, end: 12, sentence: "A \"quoted\"\n\u{1}line")
        let elsewhere = Evidence(document: "other/y.txt", start: 3, end: 3, sentence: "")
        let doubles: [Double] = [0.1 + 0.2, 1.0 / 3, .leastNonzeroMagnitude, .ulpOfOne, 0.95, 1e300, 0, 1, 0.30000000000000004]
        var entities: [ExtractedEntity] = []
        for (number, confidence) in doubles.enumerated() {
            entities.append(ExtractedEntity(
                label: "Entity \(number) ✓", type: EntityType.allCases[number % EntityType.allCases.count],
                mentions: [
                    Mention(document: "x.txt", start: number, end: number + 1, text: "E", type: .person, sentence: here, form: .name),
                    Mention(document: "z.txt", start: 7, end: 9, text: "it", type: .event, sentence: elsewhere, form: .verb),
                    Mention(document: "x.txt", start: 20, end: 31, text: "the company", type: .organization, sentence: here, form: .nominal),
                ],
                confidence: confidence, attributes: number.isMultiple(of: 2) ? ["date": "--11-26", "role": "a/b"] : [:]))
        }
        let relations = doubles.indices.map { number in
            ExtractedRelation(head: number, kind: RelationKind.allCases[number], tail: (number + 1) % doubles.count,
                              evidence: number.isMultiple(of: 3) ? elsewhere : here, confidence: doubles[number], rule: "rule-\(number)")
        }
        let extraction = DocumentExtraction(document: "x.txt", entities: entities, relations: relations)
        let back = try decoded(try encoded(extraction))
        #expect(back == extraction)
        #expect(back.entities.map(\.confidence).map(\.bitPattern) == doubles.map(\.bitPattern))
    }

    @Test("records with positions or ranges out of bounds are refused", arguments: [
        #"{"document":"a","sentences":[],"entities":[],"relations":[{"head":0,"kind":"acquired","tail":1,"sentence":0,"confidence":1,"rule":"r"}]}"#,
        #"{"document":"a","sentences":[],"entities":[{"label":"A","type":"Person","confidence":1,"mentions":[{"start":0,"end":1,"text":"A","sentence":0,"form":"name"}]}],"relations":[]}"#,
        #"{"document":"a","sentences":[{"start":0,"end":5,"text":"A b c"}],"entities":[{"label":"A","type":"Person","confidence":1,"mentions":[{"start":1,"end":1,"text":"A","sentence":0,"form":"name"}]}],"relations":[]}"#,
        #"{"document":"a","sentences":[{"start":5,"end":0,"text":"A b c"}],"entities":[],"relations":[]}"#,
        #"{"document":"a","sentences":[],"entities":[{"label":"A","type":"Robot","confidence":1,"mentions":[]}],"relations":[]}"#,
        #"{"document":"a","sentences":[],"entities":[]}"#,
    ])
    func damagedRecordsAreRefused(_ json: String) {
        #expect(throws: DecodingError.self) { try decoded(Data(json.utf8)) }
    }
}

import Graph

extension DocumentExtraction {
    /// The serialized form of an extraction: the sentences it cites are stored once, in a
    /// table, and mentions and relations refer to them by position. A mention's type and
    /// document, and a sentence's document, are stored only where they differ from the
    /// entity's type and the extraction's document, so the record is exact for any value
    /// and compact for the extractor's own.
    struct Record: Codable {
        /// The document's name.
        var document: String
        /// The sentences cited, in order of first use.
        var sentences: [SentenceRecord]
        /// The entities, in order.
        var entities: [EntityRecord]
        /// The relations, in order.
        var relations: [RelationRecord]
    }

    /// A cited sentence (an `Evidence`).
    struct SentenceRecord: Codable {
        var start: Int
        var end: Int
        var text: String
        /// The document, when it is not the extraction's.
        var document: String?
    }

    /// An `ExtractedEntity`.
    struct EntityRecord: Codable {
        var label: String
        var type: EntityType
        var confidence: Double
        /// Omitted when empty.
        var attributes: [String: String]?
        var mentions: [MentionRecord]
    }

    /// A `Mention`; `sentence` is a position in the sentence table.
    struct MentionRecord: Codable {
        var start: Int
        var end: Int
        var text: String
        var sentence: Int
        var form: Mention.Form
        /// The type, when it is not the entity's.
        var type: EntityType?
        /// The document, when it is not the extraction's.
        var document: String?
    }

    /// An `ExtractedRelation`; `sentence` is a position in the sentence table.
    struct RelationRecord: Codable {
        var head: Int
        var kind: RelationKind
        var tail: Int
        var sentence: Int
        var confidence: Double
        var rule: String
    }

    /// The record of this extraction.
    var record: Record {
        var table = SentenceTable(document: document)
        let entities = self.entities.map { entity in
            EntityRecord(
                label: entity.label, type: entity.type, confidence: entity.confidence,
                attributes: entity.attributes.isEmpty ? nil : entity.attributes,
                mentions: entity.mentions.map { mention in
                    MentionRecord(start: mention.start, end: mention.end, text: mention.text,
                                  sentence: table.position(of: mention.sentence), form: mention.form,
                                  type: mention.type == entity.type ? nil : mention.type,
                                  document: mention.document == document ? nil : mention.document)
                })
        }
        let relations = self.relations.map { relation in
            RelationRecord(head: relation.head, kind: relation.kind, tail: relation.tail,
                           sentence: table.position(of: relation.evidence),
                           confidence: relation.confidence, rule: relation.rule)
        }
        return Record(document: document, sentences: table.records, entities: entities, relations: relations)
    }

    /// The extraction a record describes, checked so that no index or range is out of bounds.
    init(record: Record) throws(RecordError) {
        let sentences = try record.sentences.map { sentence throws(RecordError) in
            guard sentence.start >= 0, sentence.start <= sentence.end else {
                throw RecordError("sentence range \(sentence.start)..<\(sentence.end) is reversed or negative")
            }
            return Evidence(document: sentence.document ?? record.document, start: sentence.start, end: sentence.end,
                            sentence: sentence.text)
        }
        func sentence(_ position: Int) throws(RecordError) -> Evidence {
            guard sentences.indices.contains(position) else {
                throw RecordError("sentence \(position) is not in the table of \(sentences.count)")
            }
            return sentences[position]
        }
        let entities = try record.entities.map { entity throws(RecordError) in
            guard entity.confidence.isFinite else { throw RecordError("entity confidence is not a number") }
            let mentions = try entity.mentions.map { mention throws(RecordError) in
                guard mention.start >= 0, mention.start < mention.end else {
                    throw RecordError("mention range \(mention.start)..<\(mention.end) is empty or negative")
                }
                return Mention(document: mention.document ?? record.document, start: mention.start, end: mention.end,
                               text: mention.text, type: mention.type ?? entity.type,
                               sentence: try sentence(mention.sentence), form: mention.form)
            }
            return ExtractedEntity(label: entity.label, type: entity.type, mentions: mentions,
                                   confidence: entity.confidence, attributes: entity.attributes ?? [:])
        }
        let relations = try record.relations.map { relation throws(RecordError) in
            guard entities.indices.contains(relation.head), entities.indices.contains(relation.tail) else {
                throw RecordError("relation \(relation.head) -> \(relation.tail) names an entity beyond the \(entities.count) of the document")
            }
            guard relation.confidence.isFinite else { throw RecordError("relation confidence is not a number") }
            return ExtractedRelation(head: relation.head, kind: relation.kind, tail: relation.tail,
                                     evidence: try sentence(relation.sentence), confidence: relation.confidence,
                                     rule: relation.rule)
        }
        self.init(document: record.document, entities: entities, relations: relations)
    }

    /// Why a record does not describe an extraction.
    struct RecordError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The sentences of one record, each stored once, numbered in order of first use.
    private struct SentenceTable {
        let document: String
        var records: [SentenceRecord] = []
        var positions: [Evidence: Int] = [:]

        mutating func position(of evidence: Evidence) -> Int {
            if let known = positions[evidence] { return known }
            positions[evidence] = records.count
            records.append(SentenceRecord(start: evidence.start, end: evidence.end, text: evidence.sentence,
                                          document: evidence.document == document ? nil : evidence.document))
            return records.count - 1
        }
    }
}

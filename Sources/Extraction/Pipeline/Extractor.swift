import Graph
import Tagger

/// Extracts entities and relations from one document at a time:
/// sentences and tokens, names, entities within the document, typed
/// relations, the main event, and co-occurrence as the fallback.
public struct Extractor: Sendable {
    private let finder: NameFinder

    /// Creates an extractor that consults the given word lists and, when given,
    /// a statistical tagger (by default the model bundled with the package).
    public init(lexicon: Lexicon = .standard, model: NERModel? = Extractor.bundledModel) {
        self.finder = NameFinder(lexicon: lexicon, model: model)
    }

    /// The tagger model shipped with the package, loaded once; nil if it cannot be read.
    public static let bundledModel: NERModel? = try? NERModel.load()

    /// Everything extracted from one document.
    ///
    /// - Complexity: O(*n*) in the document length for typical text; relation
    ///   rules are quadratic in the names per sentence.
    public func extract(_ document: Document) -> DocumentExtraction {
        let analyzed = AnalyzedDocument(document)
        var entities = DocumentResolver().resolve(finder.spans(in: analyzed))
        var mentions = SentenceMentions(entities)
        var candidates = RelationFinder().relations(in: analyzed, entities: entities, mentions: mentions)
        if let (event, roles) = EventFinder().event(in: analyzed, entities: entities, mentions: mentions, relations: candidates) {
            entities.append(event)
            candidates += roles
            mentions = SentenceMentions(entities)
        }
        for found in AttributeFinder().attributes(in: analyzed, entities: entities, mentions: mentions)
        where entities[found.entity].attributes[found.key] == nil {
            entities[found.entity].attributes[found.key] = found.value
        }
        for anchor in candidates.flatMap(\.anchors) where !entities[anchor.entity].spans.contains(where: { $0.overlaps(anchor.span) }) {
            entities[anchor.entity].spans.append(anchor.span)
            entities[anchor.entity].spans.sort { $0.start < $1.start }
        }
        candidates += cooccurrences(analyzed, mentions: SentenceMentions(entities.map { $0.namedOnly }))
        return DocumentExtraction(
            document: document.name,
            entities: entities.map { extracted($0, analyzed) },
            relations: candidates.map { relation in
                let sentence = analyzed.sentences[relation.sentence]
                return ExtractedRelation(head: relation.head, kind: relation.kind, tail: relation.tail,
                                         evidence: Evidence(document: document.name, start: sentence.start, end: sentence.end, sentence: sentence.text),
                                         confidence: relation.confidence, rule: relation.rule)
            }
        )
    }

    private func extracted(_ entity: LocalEntity, _ analyzed: AnalyzedDocument) -> ExtractedEntity {
        let type = entity.type
        let mentions = entity.spans.map { span in
            let sentence = analyzed.sentences[span.sentence]
            return Mention(document: analyzed.document.name, start: span.start, end: span.end, text: span.text, type: type,
                           sentence: Evidence(document: analyzed.document.name, start: sentence.start, end: sentence.end, sentence: sentence.text),
                           form: span.form)
        }
        return ExtractedEntity(label: entity.label, type: type, mentions: mentions,
                               confidence: ((0.5 + entity.votes.confidence / 2) * 100).rounded() / 100, attributes: entity.attributes)
    }

    private func cooccurrences(_ analyzed: AnalyzedDocument, mentions: SentenceMentions) -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for sentence in analyzed.sentences {
            let ids = Array(Set(mentions[sentence.index].map(\.entity))).sorted()
            for (n, a) in ids.enumerated() {
                for b in ids[(n + 1)...] {
                    found.append(RelationCandidate(head: a, kind: .coOccursWith, tail: b, sentence: sentence.index,
                                                   confidence: 0.3, rule: "same-sentence"))
                }
            }
        }
        return found
    }
}

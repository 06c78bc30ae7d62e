import Graph

/// Builds one knowledge graph from document extractions added one at a time, in any
/// order, keeping what the graph files carry rather than every mention and sentence:
/// memory grows with the graph, not with the text.
///
/// The graph is the one `GraphAssembler` makes from the same extractions resolved by
/// ``CorpusResolver`` (names resolve across documents: the builder waits for the last
/// document to settle them), except that entities count their mentions (`mentionCount`,
/// `documents`) instead of keeping them, and relations keep their first sentence with
/// the words that name their ends (`firstEvidenceMentions`) and count the others
/// (`weight`, `documents`): what GraphML, DOT and the other formats write. Every
/// document added counts: two documents of one name and one text (the same article
/// in two folders) count twice, where the assembler, merging equal mentions, counts once.
public struct GraphBuilder: Sendable {
    /// Entities whose label may still resolve to a full name, by name key.
    private var renamable: [String: EntityTally] = [:]
    /// Entities whose id resolution does not change.
    private var settled: [EntityID: EntityTally] = [:]
    /// Relations between the ends as filed, each sentence counted once.
    private var relations: [PendingRelationKey: RelationTally] = [:]
    /// The full names of people, by the key of their last word.
    private var fullNames: [String: Set<String>] = [:]
    /// The relations of documents two of whose entities may become one.
    private var waiting: [WaitingRelations] = []
    /// How many documents were added.
    public private(set) var documentCount = 0

    /// Creates a builder without documents.
    public init() {}

    /// Adds a document's extraction.
    ///
    /// - Complexity: O(*m* + *r*) in the document's mentions and relations, on average.
    public mutating func add(_ extraction: consuming DocumentExtraction) {
        documentCount += 1
        let ids = extraction.entities.map { EntityID(name: $0.label) }
        let ends = zip(extraction.entities, ids).map(EntityEnd.init)
        for (entity, end) in zip(extraction.entities, ends) {
            if let key = CorpusResolver.surnameKey(of: entity) { fullNames[key, default: []].insert(entity.label) }
            switch end {
            case .renamable(let key): renamable.merge(EntityTally(entity), at: key)
            case .settled(let id): settled.merge(EntityTally(entity), at: id)
            }
        }
        guard !extraction.relations.isEmpty else { return }
        if EntityEnd.mayMerge(ids: ids, filedAs: ends) {
            waiting.append(WaitingRelations(extraction, filedAs: ends))
            return
        }
        // No two entities of the document become one, so relations of distinct ends stay distinct.
        var sentences: [StatedRelation<PendingRelationKey>: RelationTally] = Dictionary(minimumCapacity: extraction.relations.count)
        for relation in extraction.relations where relation.head != relation.tail {
            var (head, tail) = (relation.head, relation.tail)
            if relation.kind.isSymmetric && ends[tail] < ends[head] { swap(&head, &tail) }
            let words = EndMentions(head: extraction.entities[head].firstMention(in: relation.evidence)?.text ?? "",
                                    tail: extraction.entities[tail].firstMention(in: relation.evidence)?.text ?? "")
            let tally = RelationTally(evidence: relation.evidence, ends: words, confidence: relation.confidence, rule: relation.rule)
            let key = PendingRelationKey(head: ends[head], kind: relation.kind, tail: ends[tail])
            sentences.addSentence(tally, at: StatedRelation(key: key, evidence: relation.evidence))
        }
        for (stated, tally) in sentences { relations.merge(tally, at: stated.key) }
    }

    /// Adds the documents of another builder (of other documents).
    ///
    /// - Complexity: O(*n*) in the other builder's entities, relations and waiting documents.
    public mutating func merge(_ other: consuming GraphBuilder) {
        documentCount += other.documentCount
        for (key, tally) in other.renamable { renamable.merge(tally, at: key) }
        for (id, tally) in other.settled { settled.merge(tally, at: id) }
        for (key, tally) in other.relations { relations.merge(tally, at: key) }
        fullNames.merge(other.fullNames) { $0.union($1) }
        waiting += other.waiting
    }

    /// The graph of the documents added, with names resolved across them.
    ///
    /// - Complexity: O(*e* + *r* log *r*) in entities and relations.
    public consuming func graph() -> KnowledgeGraph {
        var entities = settled
        var resolved: [String: EntityID] = [:]
        for (key, var tally) in renamable {
            if let name = CorpusResolver.fullName(among: fullNames[key]) { tally.relabel(name) }
            let id = EntityID(name: tally.firstLabel)
            resolved[key] = id
            entities.merge(tally, at: id)
        }
        func id(of end: EntityEnd) -> EntityID {
            switch end {
            case .settled(let id): id
            case .renamable(let key): resolved[key]!
            }
        }
        var merged: [RelationKey: RelationTally] = [:]
        func add(_ tally: RelationTally, head: EntityID, kind: RelationKind, tail: EntityID) {
            guard head != tail else { return }
            let key = RelationKey(head: head, kind: kind, tail: tail)
            merged.merge(key.head == head ? tally : tally.reversed, at: key)
        }
        for (key, tally) in relations { add(tally, head: id(of: key.head), kind: key.kind, tail: id(of: key.tail)) }
        for document in waiting {
            for (key, tally) in document.tallies(ids: document.ends.map(id(of:))) {
                add(tally, head: key.head, kind: key.kind, tail: key.tail)
            }
        }
        var graph = KnowledgeGraph()
        graph.add(entities: entities.values.map(\.entity).sorted { $0.id < $1.id },
                  relations: merged.sorted { $0.key < $1.key }.map { $0.value.relation(head: $0.key.head, kind: $0.key.kind, tail: $0.key.tail) })
        return graph
    }
}

import Foundation
import Graph

/// Turns document extractions into one knowledge graph: entities with the
/// same name key become one node, relations are keyed by their ends.
public struct GraphAssembler: Sendable {
    /// How many threads turn documents into records, each a contiguous run of the documents.
    let jobs: Int
    /// How many relation records are gathered before they are merged by key.
    let relationBatchSize: Int

    /// Creates an assembler that turns documents into records on up to `jobs` threads;
    /// the graph is the same for any number.
    public init(jobs: Int = 1) {
        self.init(jobs: jobs, relationBatchSize: 1 << 16)
    }

    /// Creates an assembler that merges relation records every `relationBatchSize` records.
    init(jobs: Int = 1, relationBatchSize: Int) {
        precondition(jobs >= 1, "at least one job")
        precondition(relationBatchSize >= 1, "a batch holds at least one record")
        self.jobs = jobs
        self.relationBatchSize = relationBatchSize
    }

    /// The graph of the given documents; the result does not depend on their order.
    ///
    /// Each extraction is let go as soon as its entities and relations are
    /// made, so a caller that hands over the only copy of `documents` does not
    /// hold every extraction and the whole graph at once. Relation records are
    /// merged by key about every `relationBatchSize` records (merging is associative,
    /// and one document's records always fall in one batch), so the records of
    /// a relation stated in many documents are not all held at once.
    ///
    /// - Complexity: O(*m* log *m* + *r* log *r*) in mentions and relations; the
    ///   records of the documents are made on `jobs` threads.
    public func graph(from documents: consuming [DocumentExtraction]) -> KnowledgeGraph {
        let count = documents.count
        let inputs = ResultSlots<DocumentExtraction>(filledWith: documents)
        let partCount = max(1, min(jobs, count))
        let parts = ResultSlots<Records>(count: partCount)
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            let range = (part * count / partCount)..<((part + 1) * count / partCount)
            parts.store(records(of: range, taking: inputs), at: part)
        }
        // Each part is let go as its records join those of the parts before it; each
        // entity's records are let go as soon as they are merged, so that the records
        // and the merged entities are never all held at once.
        var groups: [EntityID: [Entity]] = [:]
        var order: [EntityID] = []
        var merged: [RelationKey: Relation] = [:]
        for index in 0..<partCount {
            var part = parts.take(at: index)
            for id in part.order {
                let records = part.entities.removeValue(forKey: id)!
                if groups[id] == nil {
                    order.append(id)
                    groups[id] = records
                } else {
                    groups[id]!.append(contentsOf: records)
                }
            }
            if merged.isEmpty {
                swap(&merged, &part.relations)
            } else {
                for (key, relation) in part.relations {
                    merged[key] = merged[key].map { Relation.merging([$0, relation]) } ?? relation
                }
            }
        }
        var entities: [Entity] = []
        entities.reserveCapacity(order.count)
        for id in order {
            let records = groups.removeValue(forKey: id)!
            entities.append(records.count == 1 ? records[0] : Entity.merging(records))
        }
        var graph = KnowledgeGraph()
        graph.add(entities: entities, relationBatches: [Array(merged.values)])
        return graph
    }

    /// The entity records of documents `range`, grouped by entity in document order, and
    /// their relation records merged by key; each document is taken out of `inputs` and let
    /// go once used.
    private func records(of range: Range<Int>, taking inputs: ResultSlots<DocumentExtraction>) -> Records {
        var entities: [EntityID: [Entity]] = [:]
        var order: [EntityID] = []
        var relations: [Relation] = []
        var merged: [RelationKey: Relation] = [:]
        for index in range {
            let document = inputs.take(at: index)
            var ids: [EntityID] = []
            for entity in document.entities {
                // Names, and an event's own nouns ("the leak"); not "the company" or a verb.
                let aliases = Set(entity.mentions.filter { $0.form == .name || ($0.form == .nominal && entity.type == .event) }.map(\.text))
                let node = Entity(label: entity.label, type: entity.type, aliases: aliases, mentions: entity.mentions,
                                  confidence: entity.confidence, attributes: entity.attributes)
                if entities[node.id] == nil { order.append(node.id) }
                entities[node.id, default: []].append(node)
                ids.append(node.id)
            }
            for relation in document.relations where ids[relation.head] != ids[relation.tail] {
                relations.append(Relation(head: ids[relation.head], kind: relation.kind, tail: ids[relation.tail],
                                          evidence: [relation.evidence], confidence: relation.confidence, rule: relation.rule))
            }
            if relations.count >= relationBatchSize { Self.fold(&relations, into: &merged) }
        }
        Self.fold(&relations, into: &merged)
        return Records(entities: entities, order: order, relations: merged)
    }

    /// Merges `records` into `merged` by key and empties `records`.
    ///
    /// - Complexity: O(*b* + *e* log *e*) for *b* records and the evidence *e* of the keys they touch.
    private static func fold(_ records: inout [Relation], into merged: inout [RelationKey: Relation]) {
        for (key, group) in Dictionary(grouping: records, by: \.key) {
            merged[key] = Relation.merging(merged[key].map { [$0] + group } ?? group)
        }
        records.removeAll(keepingCapacity: true)
    }

    /// What a run of documents gives: each entity's records in document order, and the
    /// relation records merged by key.
    private struct Records {
        /// Each entity's records, by id.
        var entities: [EntityID: [Entity]]
        /// The ids in the order of their first record.
        var order: [EntityID]
        /// The relation records, merged by key.
        var relations: [RelationKey: Relation]
    }
}

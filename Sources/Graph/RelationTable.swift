/// Relation records gathered by key, batch by batch, to become a graph's
/// relations in one step (`KnowledgeGraph.add(_:)`): the batches may come
/// from several threads one after the other, each as soon as it is ready.
///
/// A record whose key is new goes straight into the table, with one lookup;
/// records of a key met again wait until the table is added to a graph,
/// where they are merged and the pair rules applied. The result does not
/// depend on the order of the batches.
package struct RelationTable: Sendable {
    /// The first record of each relation, by key.
    private var firsts: [RelationKey: Relation]
    /// The later records of keys in `firsts`.
    private var repeats: [RelationKey: [Relation]] = [:]
    /// The pairs of the `co_occurs_with` records.
    private var coOccurringPairs: Set<EntityPair> = []

    /// An empty table with room for `capacity` relations.
    package init(capacity: Int = 0) {
        firsts = Dictionary(minimumCapacity: capacity)
    }

    /// Makes room for `capacity` relations in all.
    ///
    /// - Complexity: O(*r*) in the relations held when the table must grow, else O(1).
    package mutating func reserveCapacity(_ capacity: Int) {
        firsts.reserveCapacity(capacity)
    }

    /// Takes a batch of records, moving them out of it.
    ///
    /// - Complexity: O(*b*) on average for a batch of *b* records.
    package mutating func insert(_ batch: consuming [Relation]) {
        while let relation = batch.popLast() {
            if !relation.kind.isTyped { coOccurringPairs.insert(relation.key.pair) }
            if let earlier = firsts.updateValue(relation, forKey: relation.key) {
                repeats[relation.key, default: []].append(firsts.updateValue(earlier, forKey: relation.key)!)
            }
        }
    }

    /// Puts the relations of the records into `relations` (whatever it held
    /// is dropped), one per key, records of a key merged (see
    /// `Relation.merging`), and returns the pairs that have a `co_occurs_with`.
    /// A typed relation and a co-occurrence of one pair may both be there.
    ///
    /// - Complexity: O(*k*) on average in the keys met again, plus merging.
    package consuming func merge(into relations: inout [RelationKey: Relation]) -> Set<EntityPair> {
        for (key, records) in repeats {
            firsts[key] = Relation.merging([firsts[key]!] + records)
        }
        swap(&relations, &firsts)
        return coOccurringPairs
    }
}

import Dispatch
import Synchronization

/// The relations of a graph in key order, found by integer comparisons: each
/// relation's ends as their ranks among the sorted entity ids (head rank in the
/// high 32 bits), then its kind's ordinal.
///
/// With several jobs the relations are cut into one run per job; each run's
/// ranks are looked up and the run sorted on its own thread, and the runs are
/// merged. Keys are unique, so the order is the same for any number of jobs.
struct RelationOrder {
    /// One relation's sort key and its place in the relations dictionary.
    typealias Entry = (ends: UInt64, kind: Int, index: Dictionary<RelationKey, Relation>.Index)

    /// The relations in key order.
    let entries: [Entry]

    /// Orders `relations` by the ranks `rank` gives their ends, on up to `jobs`
    /// threads, each given a run of at least `relationsPerJob` relations
    /// (smaller graphs take fewer threads than the jobs allow).
    ///
    /// - Precondition: `rank` holds the ends of every relation; `relationsPerJob` ≥ 1.
    /// - Complexity: O(*r* log *r*) for *r* relations, spread over the jobs.
    init(relations: [RelationKey: Relation], rank: [EntityID: UInt32], jobs: Int, relationsPerJob: Int = 1 << 16) {
        precondition(relationsPerJob >= 1, "a run holds at least one relation")
        let runCount = max(1, min(jobs, relations.count / relationsPerJob))
        guard runCount > 1 else {
            entries = Self.sortedRun(relations.indices, of: relations, rank: rank)
            return
        }
        let indices = Array(relations.indices)
        let runs = (0..<runCount).map { run in
            (indices.count * run / runCount)..<(indices.count * (run + 1) / runCount)
        }
        let sortedRuns = Mutex<[[Entry]]>(Array(repeating: [], count: runCount))
        DispatchQueue.concurrentPerform(iterations: runCount) { run in
            let entries = Self.sortedRun(indices[runs[run]], of: relations, rank: rank)
            sortedRuns.withLock { $0[run] = entries }
        }
        entries = sortedRuns.withLock { $0 }.reduce([], Self.merge)
        assert(entries.count == relations.count, "every relation once")
    }

    /// The entries of the relations at `indices`, sorted.
    ///
    /// - Complexity: O(*k* log *k*) for *k* indices.
    private static func sortedRun<Indices: Collection>(
        _ indices: Indices, of relations: [RelationKey: Relation], rank: [EntityID: UInt32]
    ) -> [Entry] where Indices.Element == Dictionary<RelationKey, Relation>.Index {
        var entries: [Entry] = []
        entries.reserveCapacity(indices.count)
        for index in indices {
            let key = relations.keys[index]
            entries.append((UInt64(rank[key.head]!) << 32 | UInt64(rank[key.tail]!), key.kind.ordinal, index))
        }
        entries.sort(by: precedes)
        return entries
    }

    /// Whether `a` comes before `b`: by ends' ranks, then by kind.
    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        (a.ends, a.kind) < (b.ends, b.kind)
    }

    /// The entries of two sorted runs, sorted.
    ///
    /// - Complexity: O(*a* + *b*).
    static func merge(_ a: [Entry], _ b: [Entry]) -> [Entry] {
        guard !a.isEmpty else { return b }
        var merged: [Entry] = []
        merged.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if precedes(b[j], a[i]) {
                merged.append(b[j])
                j += 1
            } else {
                merged.append(a[i])
                i += 1
            }
        }
        merged += a[i...]
        merged += b[j...]
        return merged
    }
}

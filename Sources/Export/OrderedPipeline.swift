import Foundation

/// Results made on several threads and taken on one, in index order, with at
/// most `window` results made ahead of the one taken last.
///
/// Producers `claim()` an index, make its result and `store` it. The consumer
/// takes index 0, 1, 2, ... in turn with `takeOrClaim`, which hands it an index
/// to make itself while the result it needs is not ready, so the consumer never
/// depends on another thread being scheduled. No index is handed out more than
/// `window` past the consumer, so the results held at once stay bounded
/// whatever `count` is. `cancel()` makes every later `claim()` return `nil`,
/// so producers stop when the consumer does.
///
/// Invariant: `consumed <= next <= count`, and only slots in `consumed..<next` hold results.
final class OrderedPipeline<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [Result?]
    private let window: Int
    /// The next index no producer has claimed.
    private var next = 0
    /// How many results the consumer has taken.
    private var consumed = 0
    private var isCancelled = false

    /// A pipeline of `count` results, at most `window` of them made ahead of the consumer.
    ///
    /// - Precondition: `window` ≥ 1.
    init(count: Int, window: Int) {
        precondition(window >= 1, "at least one result can be made ahead")
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// The next index to make a result for; waits while `window` results are
    /// ahead of the consumer. `nil` when every index is claimed or the pipeline is cancelled.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !isCancelled && next < slots.count && next >= consumed + window { condition.wait() }
        guard !isCancelled && next < slots.count else { return nil }
        defer { next += 1 }
        return next
    }

    /// Stores the result of a claimed index.
    func store(_ result: Result, at index: Int) {
        condition.lock()
        defer { condition.unlock() }
        assert(index >= consumed && index < next && slots[index] == nil, "a claimed index, stored once")
        slots[index] = result
        condition.broadcast()
    }

    /// What the consumer does next: take a ready result or make one.
    enum Step {
        /// The result the consumer waits for, taken out of its slot.
        case take(Result)
        /// An index the consumer claimed, to make and `store` itself.
        case make(Int)
    }

    /// Takes the result of `index` if it is ready; else claims the next index
    /// for the consumer to make, if the window allows; else waits for either.
    ///
    /// - Precondition: `index` is the number of results taken so far, and the
    ///   pipeline is not cancelled.
    func takeOrClaim(_ index: Int) -> Step {
        condition.lock()
        defer { condition.unlock() }
        precondition(index == consumed && index < slots.count && !isCancelled,
                     "results are taken in order, before any cancel")
        while true {
            if let result = slots[index] {
                slots[index] = nil
                consumed += 1
                condition.broadcast()
                return .take(result)
            }
            if next < slots.count && next < consumed + window {
                defer { next += 1 }
                return .make(next)
            }
            condition.wait()
        }
    }

    /// Stops handing out indices; producers finish the result they are making.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        isCancelled = true
        condition.broadcast()
    }
}

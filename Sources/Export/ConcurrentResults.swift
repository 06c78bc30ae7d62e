import Foundation

/// The results of `body(0)`, ..., `body(count - 1)`, in index order, computed
/// on up to `workers` threads (default: `count`), each taking the next index
/// not yet taken, so that a slow index does not hold back the others.
///
/// - Complexity: the calls of `body`, spread over the threads.
func concurrentResults<Result>(_ count: Int, workers: Int? = nil, _ body: @Sendable (Int) -> Result) -> [Result] {
    let slots = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: min(count, workers ?? count)) { _ in
        while let index = slots.claim() { slots.store(body(index), at: index) }
    }
    return slots.values
}

/// Slots filled from several threads.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    /// The next index no thread has taken.
    private var next = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Takes the next index to compute, if any is left.
    func claim() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Stores the result for one index.
    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// Every result, in index order.
    ///
    /// - Precondition: every slot was filled.
    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}

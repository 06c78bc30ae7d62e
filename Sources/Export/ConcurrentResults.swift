import Foundation

/// The results of `body(0)`, ..., `body(count - 1)`, computed on up to `count` threads, in index order.
///
/// - Complexity: the calls of `body`, spread over the threads.
func concurrentResults<Result>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    let slots = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(body(index), at: index) }
    return slots.values
}

/// Slots filled from several threads.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
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

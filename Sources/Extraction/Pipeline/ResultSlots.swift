import Foundation

/// Slots filled (or emptied) from several threads, and a shared counter handing out work.
final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private let counter = WorkCounter()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Slots holding `values`, to be taken out one by one.
    init(filledWith values: consuming [Value]) {
        slots = values.map { $0 }
    }

    /// The number of slots.
    var count: Int { lock.withLock { slots.count } }

    /// Takes the value out of a slot, leaving it empty.
    ///
    /// - Precondition: the slot holds a value.
    func take(at index: Int) -> Value {
        lock.withLock {
            defer { slots[index] = nil }
            return slots[index]!
        }
    }

    /// Stores the result for one position.
    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// The next position to work on, if any is left below `limit`.
    func claim(below limit: Int) -> Int? {
        counter.claim(below: limit)
    }

    /// Every result, in position order.
    ///
    /// - Precondition: every slot was filled.
    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}

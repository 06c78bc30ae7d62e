import Foundation

extension Extractor {
    /// Extracts many documents on up to `jobs` threads. Documents are independent,
    /// so the result, in document order, is the same whatever the number of jobs.
    ///
    /// - Parameter finished: called once per finished document, from any thread.
    /// - Complexity: O(*n*) in the total length of the documents, divided among the jobs.
    ///
    /// Each document is let go as soon as it is extracted, so a caller that
    /// hands over the only copy of `documents` does not hold every text until the end.
    public func extract(_ documents: consuming [Document], jobs: Int, finished: (@Sendable () -> Void)? = nil) -> [DocumentExtraction] {
        let count = documents.count
        let inputs = ResultSlots<Document>(filledWith: documents)
        let slots = ResultSlots<DocumentExtraction>(count: count)
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim(below: count) {
                slots.store(extract(inputs.take(at: index)), at: index)
                finished?()
            }
        }
        return slots.values
    }
}

/// Slots filled (or emptied) from several threads, and a shared counter handing out work.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var counter = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Slots holding `values`, to be taken out one by one.
    init(filledWith values: consuming [Value]) {
        slots = values.map { $0 }
    }

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
        lock.withLock {
            guard counter < limit else { return nil }
            defer { counter += 1 }
            return counter
        }
    }

    /// Every result, in position order.
    ///
    /// - Precondition: every slot was filled.
    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}

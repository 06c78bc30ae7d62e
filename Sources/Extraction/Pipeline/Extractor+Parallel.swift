import Foundation

extension Extractor {
    /// Extracts many documents on up to `jobs` threads. Documents are independent,
    /// so the result, in document order, is the same whatever the number of jobs.
    ///
    /// - Parameter finished: called once per finished document, from any thread.
    /// - Complexity: O(*n*) in the total length of the documents, divided among the jobs.
    public func extract(_ documents: [Document], jobs: Int, finished: (@Sendable () -> Void)? = nil) -> [DocumentExtraction] {
        let slots = ResultSlots<DocumentExtraction>(count: documents.count)
        let workers = max(1, min(jobs, documents.count))
        let next = ResultSlots<Int>(count: 1)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.claim(below: documents.count) {
                slots.store(extract(documents[index]), at: index)
                finished?()
            }
        }
        return slots.values
    }
}

/// Slots filled from several threads, and a shared counter handing out work.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var counter = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
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

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

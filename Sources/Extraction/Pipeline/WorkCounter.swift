import Foundation

/// A counter shared by threads that hands out positions of work, each once, in order.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// Creates a counter that hands out 0 first.
    init() {}

    /// The next position to work on, if any is left below `limit`.
    func claim(below limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

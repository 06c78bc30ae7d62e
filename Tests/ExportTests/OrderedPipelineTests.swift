@testable import Export
import Foundation
import Testing

/// Results made on several threads come out in index order, no more than the
/// window of them made ahead of the consumer, and cancelling stops the producers.
@Suite("Ordered pipeline")
struct OrderedPipelineTests {
    /// Starts `producers` threads that store `index * index` for every index they
    /// claim, counting the claims; `group` is left as each of them stops.
    private static func produce(_ pipeline: OrderedPipeline<Int>, producers: Int, claims: Counter, group: DispatchGroup) {
        for _ in 0..<producers {
            group.enter()
            Thread.detachNewThread {
                while let index = pipeline.claim() {
                    claims.add()
                    if index % 7 == 0 { usleep(50) }
                    pipeline.store(index * index, at: index)
                }
                group.leave()
            }
        }
    }

    /// Takes the results `indices` in order, making the ones the consumer is handed itself.
    private static func consume(_ pipeline: OrderedPipeline<Int>, _ indices: Range<Int>, made: Counter? = nil) -> [Int] {
        var taken: [Int] = []
        var index = indices.lowerBound
        while index < indices.upperBound {
            switch pipeline.takeOrClaim(index) {
            case .take(let result):
                taken.append(result)
                index += 1
            case .make(let claimed):
                made?.add()
                pipeline.store(claimed * claimed, at: claimed)
            }
        }
        return taken
    }

    @Test(arguments: [(1, 0), (1, 1), (3, 2), (8, 4), (100, 3)])
    func resultsComeInOrder(window: Int, producers: Int) {
        let count = 500, pipeline = OrderedPipeline<Int>(count: count, window: window)
        let claims = Counter(), made = Counter(), group = DispatchGroup()
        Self.produce(pipeline, producers: producers, claims: claims, group: group)
        let taken = Self.consume(pipeline, 0..<count, made: made)
        group.wait()
        #expect(taken == (0..<count).map { $0 * $0 })
        #expect(claims.value + made.value == count, "every index made once")
    }

    @Test func producersWaitForTheConsumer() {
        let pipeline = OrderedPipeline<Int>(count: 100, window: 5)
        let claims = Counter(), group = DispatchGroup()
        Self.produce(pipeline, producers: 3, claims: claims, group: group)
        usleep(200_000)
        #expect(claims.value == 5, "as many claims as the window before anything is taken")
        #expect(Self.consume(pipeline, 0..<2) == [0, 1])
        usleep(200_000)
        #expect(claims.value == 7, "two more after two results are taken")
        _ = Self.consume(pipeline, 2..<100)
        group.wait()
    }

    @Test func cancelStopsTheProducers() {
        let pipeline = OrderedPipeline<Int>(count: 10_000, window: 4)
        let claims = Counter(), made = Counter(), group = DispatchGroup()
        Self.produce(pipeline, producers: 3, claims: claims, group: group)
        let taken = Self.consume(pipeline, 0..<10, made: made)
        pipeline.cancel()
        group.wait()
        #expect(taken == (0..<10).map { $0 * $0 })
        #expect(claims.value + made.value <= 10 + 4, "nothing claimed beyond the window after the last result taken")
        #expect(pipeline.claim() == nil)
    }

    @Test func emptyPipelineHandsOutNothing() {
        #expect(OrderedPipeline<Int>(count: 0, window: 2).claim() == nil)
    }

    /// A count shared by threads.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }
}

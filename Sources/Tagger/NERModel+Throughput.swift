/// A tagging-speed measurement.
public struct TaggingThroughput: Sendable {
    /// Tokens tagged in total.
    public var tokens: Int
    /// Wall-clock time taken, in seconds.
    public var seconds: Double

    /// Tokens tagged per second.
    public var tokensPerSecond: Double {
        seconds > 0 ? Double(tokens) / seconds : 0
    }
}

extension NERModel {
    /// Tags `documents` `repetitions` times on the calling thread and reports the speed, for
    /// benchmarks (`KG_BENCH=1 swift test`, or a `kg bench` command).
    /// - Complexity: O(repetitions · tokens).
    public func measureThroughput(documents: [[[String]]], repetitions: Int = 5) -> TaggingThroughput {
        let tokenCount = documents.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        var mentions = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(1, repetitions) {
                for document in documents {
                    mentions += tag(document: document).reduce(0) { $0 + $1.count }
                }
            }
        }
        precondition(mentions >= 0)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return TaggingThroughput(tokens: tokenCount * max(1, repetitions), seconds: seconds)
    }
}

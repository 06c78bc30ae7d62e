/// First-order tag transition weights with strict BIO constraints, and Viterbi decoding.
struct TransitionWeights: Sendable, Equatable {
    /// `matrix[previous]` holds the weight of each next tag after tag `previous`.
    var matrix: [SIMD16<Float>]
    /// The weight of each tag at the start of a sentence.
    var start: SIMD16<Float>

    /// A large negative score for forbidden tags (finite, so sums never become NaN).
    static let forbidden: Float = -1e30

    /// All-zero weights.
    init() {
        matrix = Array(repeating: SIMD16(repeating: 0), count: BIOTag.count)
        start = SIMD16(repeating: 0)
    }

    /// Weights from stored values.
    init(matrix: [SIMD16<Float>], start: SIMD16<Float>) {
        self.matrix = matrix
        self.start = start
    }

    /// The weights with BIO constraints applied: forbidden moves and padding lanes get
    /// ``forbidden``.
    func constrained() -> TransitionWeights {
        var result = self
        for lane in 0..<16 {
            let next = lane < BIOTag.count ? BIOTag(index: lane) : nil
            if next?.canFollow(nil) != true { result.start[lane] = Self.forbidden }
            for previous in 0..<BIOTag.count where next?.canFollow(BIOTag(index: previous)) != true {
                result.matrix[previous][lane] = Self.forbidden
            }
        }
        return result
    }

    /// The best tag sequence (indices) for per-token score vectors, by Viterbi search.
    ///
    /// Call on ``constrained()`` weights so the result is valid BIO.
    /// - Complexity: O(n · 13²) with 13-wide vector steps: O(n · 13).
    func decode(_ scores: UnsafeBufferPointer<SIMD16<Float>>, into path: inout [Int]) {
        let count = scores.count
        path.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        var backPointers = [SIMD16<Int32>](repeating: SIMD16(repeating: 0), count: count)
        var delta = start + scores[0]
        for t in 1..<count {
            var best = SIMD16<Float>(repeating: -Float.infinity)
            var arg = SIMD16<Int32>(repeating: 0)
            for previous in 0..<BIOTag.count {
                let candidate = matrix[previous] + delta[previous]
                let better = candidate .> best
                best.replace(with: candidate, where: better)
                arg.replace(with: Int32(previous), where: better)
            }
            backPointers[t] = arg
            delta = best + scores[t]
        }
        var tag = 0
        for lane in 1..<BIOTag.count where delta[lane] > delta[tag] {
            tag = lane
        }
        path = Array(repeating: 0, count: count)
        path[count - 1] = tag
        for t in stride(from: count - 1, to: 0, by: -1) {
            tag = Int(backPointers[t][tag])
            path[t - 1] = tag
        }
    }
}

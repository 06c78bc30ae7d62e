import Foundation

extension TransitionWeights {
    /// What forward–backward needs from the weights at one temperature, made once:
    /// the exponentiated transitions and the temperature's inverse.
    struct Potentials: Sendable {
        /// The start weights (exponentiated with each sentence's first scores).
        let start: SIMD16<Float>
        /// `exp((weight − largest allowed weight) / temperature)` of each transition, by previous tag.
        let transitions: [SIMD16<Float>]
        /// One over the temperature.
        let inverseTemperature: Float
    }

    /// The potentials of these weights under `temperature`, for ``marginals(_:potentials:)``.
    ///
    /// Call on ``constrained()`` weights.
    /// - Complexity: O(13²).
    func potentials(temperature: Float) -> Potentials {
        let inverse = 1 / temperature
        var largest = -Float.infinity
        for row in matrix {
            for lane in 0..<BIOTag.count where row[lane] > Self.forbidden / 2 { largest = max(largest, row[lane]) }
        }
        return Potentials(start: start, transitions: matrix.map { Self.exponential(($0 - largest) * inverse) },
                          inverseTemperature: inverse)
    }

    /// Per-token tag probabilities from forward–backward, reading the linear scores as a
    /// linear-chain CRF's log-potentials divided by `temperature`.
    ///
    /// Call on ``constrained()`` weights; lanes ≥ ``BIOTag/count`` come out 0.
    /// - Complexity: O(n · 13²).
    func marginals(_ scores: UnsafeBufferPointer<SIMD16<Float>>, temperature: Float) -> [SIMD16<Float>] {
        Self.marginals(scores, potentials: potentials(temperature: temperature))
    }

    /// Per-token tag probabilities from forward–backward under `potentials`
    /// (see ``marginals(_:temperature:)``).
    ///
    /// - Complexity: O(n · 13²).
    static func marginals(_ scores: UnsafeBufferPointer<SIMD16<Float>>, potentials chain: Potentials) -> [SIMD16<Float>] {
        let count = scores.count
        guard count > 0 else { return [] }
        let inverse = chain.inverseTemperature
        let potentials = chain.transitions
        let start = chain.start
        // Each token's emission potentials, used going forward and coming back.
        let emissions = (0..<count).map { Self.exponential(Self.shifted(scores[$0]) * inverse) }

        var alphas = [SIMD16<Float>](repeating: SIMD16(repeating: 0), count: count)
        var alpha = Self.exponential(Self.shifted(start + scores[0]) * inverse)
        alphas[0] = alpha / max(alpha.sum(), .leastNormalMagnitude)
        for t in 1..<count {
            var next = SIMD16<Float>(repeating: 0)
            alpha = alphas[t - 1]
            for previous in 0..<BIOTag.count where alpha[previous] > 0 {
                next += alpha[previous] * potentials[previous]
            }
            next *= emissions[t]
            alphas[t] = next / max(next.sum(), .leastNormalMagnitude)
        }

        var beta = Self.realTags
        var result = alphas
        for t in stride(from: count - 1, through: 0, by: -1) {
            if t < count - 1 {
                let carried = emissions[t + 1] * beta
                var previousBeta = SIMD16<Float>(repeating: 0)
                for tag in 0..<BIOTag.count {
                    previousBeta[tag] = (potentials[tag] * carried).sum()
                }
                beta = previousBeta / max(previousBeta.sum(), .leastNormalMagnitude)
            }
            let joint = alphas[t] * beta
            result[t] = joint / max(joint.sum(), .leastNormalMagnitude)
        }
        return result
    }

    /// 1 in the lanes of real tags, 0 in the padding lanes.
    private static let realTags = SIMD16<Float>((0..<16).map { $0 < BIOTag.count ? 1 : 0 })

    /// Scores minus their largest real-tag value, so exponentials stay ≤ 1.
    private static func shifted(_ scores: SIMD16<Float>) -> SIMD16<Float> {
        var largest = -Float.infinity
        for lane in 0..<BIOTag.count { largest = max(largest, scores[lane]) }
        return scores - largest
    }

    /// Lane-wise `exp` of the real-tag lanes; the lanes ≥ ``BIOTag/count`` come out 0.
    private static func exponential(_ values: SIMD16<Float>) -> SIMD16<Float> {
        var result = SIMD16<Float>(repeating: 0)
        for lane in 0..<BIOTag.count { result[lane] = Foundation.exp(values[lane]) }
        return result
    }
}

/// Training state of a structured (sequence) perceptron with weight averaging.
///
/// Uses the standard lazy-averaging identity: keep the current weights `w` and the sum
/// `u` of `step · update`; the average over `c` steps is `w − u / c`.
struct AveragedPerceptron {
    /// Current emission weights.
    private(set) var weights: FeatureWeights
    /// Current transition weights.
    private(set) var transitions: TransitionWeights
    private var weightSums: [SIMD16<Double>]
    private var transitionSums: [SIMD16<Double>]
    private var startSum = SIMD16<Double>(repeating: 0)
    /// Number of training examples seen so far (starts at 1 so the average is defined).
    private var step: Double = 1

    /// Zero-initialised state for `1 << hashBits` feature rows.
    init(hashBits: Int) {
        weights = FeatureWeights(hashBits: hashBits)
        transitions = TransitionWeights()
        weightSums = Array(repeating: SIMD16(repeating: 0), count: weights.rows.count)
        transitionSums = Array(repeating: SIMD16(repeating: 0), count: BIOTag.count)
    }

    /// Moves the weights towards the gold tags and away from the predicted ones, then
    /// advances the step counter.
    ///
    /// - Parameters:
    ///   - features: the sentence's feature rows, ``FeatureExtractor/featuresPerToken`` per token.
    ///   - gold: the correct tag indices.
    ///   - predicted: the decoder's tag indices.
    /// - Complexity: O(n · featuresPerToken) when the sequences differ.
    mutating func update(features: [UInt32], gold: [Int], predicted: [Int]) {
        defer { step += 1 }
        guard gold != predicted else { return }
        let perToken = FeatureExtractor.featuresPerToken
        for position in gold.indices where gold[position] != predicted[position] {
            let good = gold[position], bad = predicted[position]
            for k in 0..<perToken {
                let feature = Int(features[position * perToken + k])
                weights.add(1, feature: feature, tag: good)
                weights.add(-1, feature: feature, tag: bad)
                let row = Int(weights.slots[feature])
                weightSums[row][good] += step
                weightSums[row][bad] -= step
            }
        }
        for position in gold.indices {
            let good = gold[position], bad = predicted[position]
            let goodPrevious = position > 0 ? gold[position - 1] : -1
            let badPrevious = position > 0 ? predicted[position - 1] : -1
            guard good != bad || goodPrevious != badPrevious else { continue }
            adjustTransition(from: goodPrevious, to: good, by: 1)
            adjustTransition(from: badPrevious, to: bad, by: -1)
        }
    }

    private mutating func adjustTransition(from previous: Int, to next: Int, by amount: Float) {
        if previous < 0 {
            transitions.start[next] += amount
            startSum[next] += Double(amount) * step
        } else {
            transitions.matrix[previous][next] += amount
            transitionSums[previous][next] += Double(amount) * step
        }
    }

    /// The averaged weights, with all-zero rows dropped.
    /// - Complexity: O(rows).
    func averaged() -> (weights: FeatureWeights, transitions: TransitionWeights) {
        let scale = 1 / step
        func average(_ current: SIMD16<Float>, _ sum: SIMD16<Double>) -> SIMD16<Float> {
            var result = SIMD16<Float>(repeating: 0)
            for lane in 0..<BIOTag.count {
                result[lane] = Float(Double(current[lane]) - sum[lane] * scale)
            }
            return result
        }
        let rows = zip(weights.rows, weightSums).map { average($0, $1) }
        let matrix = zip(transitions.matrix, transitionSums).map { average($0, $1) }
        guard let averaged = FeatureWeights(slots: weights.slots, rows: rows) else {
            preconditionFailure("averaging keeps the row layout")
        }
        return (averaged.compacted(), TransitionWeights(matrix: matrix, start: average(transitions.start, startSum)))
    }
}

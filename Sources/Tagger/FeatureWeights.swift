/// The emission weights of the linear tagger: a row of per-tag weights (padded to 16 lanes;
/// lanes ≥ ``BIOTag/count`` stay 0) for each hashed feature index.
///
/// Rows are stored compactly: `slots` maps each feature index to a row, and every feature
/// without weights shares row 0, which is all zeros. A trained model keeps only a small
/// share of its rows, which makes it faster to load and friendlier to the cache.
struct FeatureWeights: Sendable, Equatable {
    /// For each feature index, the position of its row in `rows`.
    private(set) var slots: [UInt32]
    /// Row 0 is all zeros; the others hold weights.
    private(set) var rows: [SIMD16<Float>]

    /// Zero weights with a row of its own for each of the `1 << hashBits` features, for training.
    init(hashBits: Int) {
        let count = 1 << hashBits
        slots = (0..<count).map { UInt32($0 + 1) }
        rows = Array(repeating: SIMD16(repeating: 0), count: count + 1)
    }

    /// Weights from a slot table and rows; `nil` unless row 0 is zero and every slot is a valid row.
    init?(slots: [UInt32], rows: [SIMD16<Float>]) {
        guard let first = rows.first, first == SIMD16(repeating: 0),
              slots.allSatisfy({ Int($0) < rows.count }) else { return nil }
        self.slots = slots
        self.rows = rows
    }

    /// Number of feature indices.
    var featureCount: Int { slots.count }

    /// The weights of feature `index`.
    @inline(__always)
    func row(_ index: Int) -> SIMD16<Float> {
        rows[Int(slots[index])]
    }

    /// Adds `amount` to the weight of `tag` for feature `index` (which must have its own row).
    @inline(__always)
    mutating func add(_ amount: Float, feature index: Int, tag: Int) {
        rows[Int(slots[index])][tag] += amount
    }

    /// The same weights with every all-zero row dropped.
    /// - Complexity: O(featureCount).
    func compacted() -> FeatureWeights {
        var compactSlots = [UInt32](repeating: 0, count: slots.count)
        var compactRows: [SIMD16<Float>] = [SIMD16(repeating: 0)]
        let zero = SIMD16<Float>(repeating: 0)
        for (index, slot) in slots.enumerated() where rows[Int(slot)] != zero {
            compactSlots[index] = UInt32(compactRows.count)
            compactRows.append(rows[Int(slot)])
        }
        var result = self
        result.slots = compactSlots
        result.rows = compactRows
        return result
    }

    /// Replaces `scores` with one score vector per token: the sum of the rows of its features.
    ///
    /// - Parameter features: ``FeatureExtractor/featuresPerToken`` feature indices per token, all `< featureCount`.
    /// - Complexity: O(features.count).
    func score(_ features: [UInt32], into scores: inout [SIMD16<Float>]) {
        let perToken = FeatureExtractor.featuresPerToken
        let tokenCount = features.count / perToken
        scores.removeAll(keepingCapacity: true)
        scores.reserveCapacity(tokenCount)
        slots.withUnsafeBufferPointer { slots in
            rows.withUnsafeBufferPointer { rows in
                features.withUnsafeBufferPointer { features in
                    for token in 0..<tokenCount {
                        var sum = SIMD16<Float>(repeating: 0)
                        let offset = token * perToken
                        for k in 0..<perToken {
                            sum += rows[Int(slots[Int(features[offset + k])])]
                        }
                        scores.append(sum)
                    }
                }
            }
        }
    }
}

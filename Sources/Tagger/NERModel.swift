import Foundation

/// A trained named-entity tagger: an averaged structured perceptron over hashed features,
/// decoded with Viterbi under strict BIO constraints.
///
/// Load the bundled model with ``load()`` and call ``tag(document:)`` with a whole document,
/// so that evidence from other sentences (how a word is cased elsewhere) is used.
public struct NERModel: Sendable {
    /// Feature extraction settings, including the gazetteer.
    let extractor: FeatureExtractor
    /// Emission weights.
    let weights: FeatureWeights
    /// Learned transition weights, as trained.
    let transitions: TransitionWeights
    /// ``transitions`` with BIO constraints applied, used for decoding.
    let decoding: TransitionWeights
    /// Softening of the scores when turning them into confidences.
    let temperature: Float
    /// ``decoding`` exponentiated under ``temperature``, for confidences.
    let potentials: TransitionWeights.Potentials

    /// Assembles a model from its parts.
    init(gazetteer: Gazetteer, hashBits: Int, weights: FeatureWeights, transitions: TransitionWeights, temperature: Float) {
        extractor = FeatureExtractor(gazetteer: gazetteer, hashBits: hashBits)
        self.weights = weights
        self.transitions = transitions
        decoding = transitions.constrained()
        self.temperature = temperature
        potentials = decoding.potentials(temperature: temperature)
    }

    /// Finds the named-entity mentions in a document.
    ///
    /// - Parameter document: the document's sentences, each a list of tokens (punctuation
    ///   split off, possessive `'s` a token of its own).
    /// - Returns: for each sentence, its mentions in token order.
    /// - Complexity: O(n) in the number of tokens.
    public func tag(document: [[String]]) -> [[EntitySpan]] {
        let features = extractor.features(document: document)
        var path: [Int] = []
        var scores: [SIMD16<Float>] = []
        return features.map { sentenceFeatures in
            decode(sentenceFeatures, scores: &scores, path: &path)
            let mentions = path.map { BIOTag(index: $0) }.mentionRanges()
            guard !mentions.isEmpty else { return [] }
            let marginals = scores.withUnsafeBufferPointer { TransitionWeights.marginals($0, potentials: potentials) }
            return mentions.map { mention in
                var confidence: Float = 1
                for position in mention.start..<mention.end {
                    confidence = min(confidence, marginals[position][path[position]])
                }
                return EntitySpan(start: mention.start, end: mention.end, label: mention.label.rawValue, confidence: Double(confidence))
            }
        }
    }

    /// The best tag indices for each sentence of a document.
    func tagIndices(document: [[String]]) -> [[Int]] {
        var path: [Int] = []
        var scores: [SIMD16<Float>] = []
        return extractor.features(document: document).map { sentenceFeatures in
            decode(sentenceFeatures, scores: &scores, path: &path)
            return path
        }
    }

    /// Scores one sentence's features into `scores` and decodes them into `path`.
    private func decode(_ features: [UInt32], scores: inout [SIMD16<Float>], path: inout [Int]) {
        weights.score(features, into: &scores)
        scores.withUnsafeBufferPointer { decoding.decode($0, into: &path) }
    }
}

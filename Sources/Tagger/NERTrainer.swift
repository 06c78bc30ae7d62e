import Foundation

/// Trains an ``NERModel`` with the averaged structured perceptron.
///
/// Training is deterministic: the only randomness (shuffling, choice of re-cased copies)
/// comes from ``SplitMix64`` seeded with ``TrainingOptions/seed``.
public enum NERTrainer {
    /// One training sentence: its feature rows and gold tag indices.
    private struct Example {
        var features: [UInt32]
        var gold: [Int]
    }

    /// Trains on `corpus.training`, with a gazetteer built from `corpus.gazetteerSource`,
    /// and calibrates confidences on `corpus.development`.
    ///
    /// - Parameter onEpoch: called after each epoch with the epoch number and the averaged model so far.
    /// - Complexity: O(epochs · training tokens).
    public static func train(
        corpus: NERCorpus, options: TrainingOptions, onEpoch: (Int, NERModel) -> Void = { _, _ in }
    ) -> NERModel {
        var generator = SplitMix64(seed: options.seed)
        let documents = corpus.training.flatMap(\.documents)
        let commonWords = Gazetteer.commonWords(in: documents.flatMap { $0 })
        let gazetteer = Gazetteer(names: corpus.gazetteerSource, lists: corpus.nameLists, commonWords: commonWords)
        let extractor = FeatureExtractor(gazetteer: gazetteer, hashBits: options.hashBits)
        let examples = makeExamples(documents, extractor: extractor, options: options, generator: &generator)

        var perceptron = AveragedPerceptron(hashBits: options.hashBits)
        var order = Array(examples.indices)
        var scores: [SIMD16<Float>] = []
        var path: [Int] = []
        var model = NERModel(gazetteer: gazetteer, hashBits: options.hashBits, weights: perceptron.weights,
                             transitions: perceptron.transitions, temperature: 1)
        for epoch in 1...max(1, options.epochs) {
            order.deterministicShuffle(using: &generator)
            var decoding = perceptron.transitions.constrained()
            for index in order {
                let example = examples[index]
                perceptron.weights.score(example.features, into: &scores)
                scores.withUnsafeBufferPointer { decoding.decode($0, into: &path) }
                perceptron.update(features: example.features, gold: example.gold, predicted: path)
                if path != example.gold {
                    decoding = perceptron.transitions.constrained()
                }
            }
            let averaged = perceptron.averaged()
            model = NERModel(gazetteer: gazetteer, hashBits: options.hashBits, weights: averaged.weights,
                             transitions: averaged.transitions, temperature: 1)
            onEpoch(epoch, model)
        }
        let temperature = calibratedTemperature(model, documents: corpus.development.flatMap(\.documents))
        return NERModel(gazetteer: gazetteer, hashBits: options.hashBits, weights: model.weights,
                        transitions: model.transitions, temperature: temperature)
    }

    /// Feature rows and gold tags of every training sentence, plus re-cased copies:
    /// ``TrainingOptions/titleCaseShare`` of sentences in headline case and
    /// ``TrainingOptions/lowerCaseShare`` of documents entirely lower-cased.
    private static func makeExamples(
        _ documents: [[LabeledSentence]], extractor: FeatureExtractor, options: TrainingOptions,
        generator: inout SplitMix64
    ) -> [Example] {
        func chance(_ share: Double) -> Bool {
            Double(generator.next() >> 11) / Double(1 << 53) < share
        }
        var examples: [Example] = []
        for document in documents {
            let tokens = document.map(\.tokens)
            let gold = document.map { $0.tags.map(\.index) }
            for (features, tags) in zip(extractor.features(document: tokens), gold) {
                examples.append(Example(features: features, gold: tags))
            }
            let headlined = Set(document.indices.filter { _ in chance(options.titleCaseShare) })
            if !headlined.isEmpty {
                let variant = tokens.enumerated().map { headlined.contains($0.offset) ? CaseVariants.headline($0.element) : $0.element }
                for (index, features) in extractor.features(document: variant).enumerated() where headlined.contains(index) {
                    examples.append(Example(features: features, gold: gold[index]))
                }
            }
            if chance(options.lowerCaseShare) {
                let variant = tokens.map { $0.map { $0.lowercased() } }
                for (features, tags) in zip(extractor.features(document: variant), gold) {
                    examples.append(Example(features: features, gold: tags))
                }
            }
        }
        return examples
    }

    /// The confidence temperature (from a fixed grid) under which the gold tags of
    /// `documents` are most probable.
    private static func calibratedTemperature(_ model: NERModel, documents: [[LabeledSentence]]) -> Float {
        let grid: [Float] = [0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32]
        guard !documents.isEmpty else { return 4 }
        var logLikelihood = [Double](repeating: 0, count: grid.count)
        for document in documents {
            let features = model.extractor.features(document: document.map(\.tokens))
            for (sentenceFeatures, sentence) in zip(features, document) {
                var scores: [SIMD16<Float>] = []
                model.weights.score(sentenceFeatures, into: &scores)
                for (slot, temperature) in grid.enumerated() {
                    let marginals = scores.withUnsafeBufferPointer { model.decoding.marginals($0, temperature: temperature) }
                    for (position, tag) in sentence.tags.enumerated() {
                        logLikelihood[slot] += log(Double(max(marginals[position][tag.index], 1e-6)))
                    }
                }
            }
        }
        let best = logLikelihood.indices.max { logLikelihood[$0] < logLikelihood[$1] } ?? 0
        return grid[best]
    }
}

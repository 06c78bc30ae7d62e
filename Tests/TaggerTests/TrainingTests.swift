import Testing
@testable import Tagger

@Suite("Training")
struct TrainingTests {
    @Test func perceptronLearnsSyntheticCorpus() {
        let model = SyntheticCorpus.model()
        let spans = model.tag(document: [["Ines", "Marlow", "joined", "Halcyon", "in", "Korvana", "."]])[0]
        #expect(spans.map(\.label) == ["PER", "ORG", "LOC"])
        #expect(spans.map(\.start) == [0, 3, 5])
        #expect(spans.map(\.end) == [2, 4, 6])
        #expect(spans.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
        let evaluation = NEREvaluation.evaluate(model, on: SyntheticCorpus.sentences(count: 40).documents())
        #expect(evaluation.overall.f1 > 0.95)
    }

    @Test func trainingIsDeterministic() {
        let first = SyntheticCorpus.model().serialized()
        let second = SyntheticCorpus.model().serialized()
        #expect(first == second)
    }

    @Test func seededShuffleIsReproducible() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        var x = Array(0..<20), y = Array(0..<20)
        x.deterministicShuffle(using: &a)
        y.deterministicShuffle(using: &b)
        #expect(x == y)
        #expect(x != Array(0..<20))
    }

    @Test func viterbiRespectsBIO() {
        var scores = [SIMD16<Float>](repeating: SIMD16(repeating: 0), count: 2)
        scores[0][BIOTag.inside(.PER).index] = 5
        scores[1][BIOTag.inside(.ORG).index] = 5
        var path: [Int] = []
        let transitions = TransitionWeights().constrained()
        scores.withUnsafeBufferPointer { transitions.decode($0, into: &path) }
        let tags = path.map { BIOTag(index: $0) }
        #expect(tags.enumerated().allSatisfy { $0.element.canFollow($0.offset == 0 ? nil : tags[$0.offset - 1]) })
    }
}

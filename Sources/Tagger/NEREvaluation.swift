import Foundation

/// Mention-level precision, recall and F1 of a model on labelled documents, scored like
/// `shared/eval/ner_eval.py`: exact spans, `MISC` gold spans neutral (a prediction on or
/// overlapping one counts neither way), `MISC` predictions and predictions of labels absent
/// from the gold data not scored.
public struct NEREvaluation: Sendable {
    /// Hit, false-alarm and miss counts.
    public struct Counts: Sendable, Equatable {
        /// Predicted spans that match a gold span and label.
        public var truePositives = 0
        /// Scored predicted spans that match nothing.
        public var falsePositives = 0
        /// Gold spans not predicted.
        public var falseNegatives = 0

        /// tp / (tp + fp), or 0.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// tp / (tp + fn), or 0.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        /// Harmonic mean of precision and recall, or 0.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// Counts per label (false positives under the predicted label, the rest under the gold one).
    public var byLabel: [EntityLabel: Counts] = [:]
    /// Counts over all scored labels.
    public var overall = Counts()

    /// Tags `documents` with `model` and scores the result against their gold tags.
    /// - Complexity: O(n) in the number of tokens.
    public static func evaluate(_ model: NERModel, on documents: [[LabeledSentence]]) -> NEREvaluation {
        var result = NEREvaluation()
        let goldLabels = Set(documents.joined().flatMap { $0.tags.compactMap(\.label) })
        for document in documents {
            let predicted = model.tagIndices(document: document.map(\.tokens))
            for (sentence, path) in zip(document, predicted) {
                result.add(gold: sentence.tags.mentionRanges(),
                           predicted: path.map { BIOTag(index: $0) }.mentionRanges(),
                           scoredLabels: goldLabels)
            }
        }
        return result
    }

    /// Adds one sentence's mentions to the counts.
    mutating func add(
        gold: [(start: Int, end: Int, label: EntityLabel)], predicted: [(start: Int, end: Int, label: EntityLabel)],
        scoredLabels: Set<EntityLabel>
    ) {
        var goldBySpan: [Int: EntityLabel] = [:]
        for mention in gold { goldBySpan[mention.start << 32 | mention.end] = mention.label }
        var hits = Set<Int>()
        for mention in predicted where mention.label != .MISC && scoredLabels.contains(mention.label) {
            let key = mention.start << 32 | mention.end
            if let label = goldBySpan[key] {
                if label == .MISC { continue }
                if label == mention.label {
                    if hits.insert(key).inserted { count(mention.label) { $0.truePositives += 1 } }
                    continue
                }
            }
            let overlapsMisc = gold.contains { $0.label == .MISC && mention.start < $0.end && $0.start < mention.end }
            if !overlapsMisc { count(mention.label) { $0.falsePositives += 1 } }
        }
        for mention in gold where mention.label != .MISC && !hits.contains(mention.start << 32 | mention.end) {
            count(mention.label) { $0.falseNegatives += 1 }
        }
    }

    private mutating func count(_ label: EntityLabel, _ change: (inout Counts) -> Void) {
        change(&byLabel[label, default: Counts()])
        change(&overall)
    }

    /// A plain-text table: one line per label and one for all, with P, R, F1 and counts.
    public func report(title: String) -> String {
        func line(_ name: String, _ counts: Counts) -> String {
            String(format: "  %-8@ P=%.3f R=%.3f F1=%.3f  tp=%d fp=%d fn=%d", name, counts.precision, counts.recall,
                   counts.f1, counts.truePositives, counts.falsePositives, counts.falseNegatives)
        }
        var lines = [title]
        for label in EntityLabel.allCases {
            if let counts = byLabel[label] { lines.append(line(label.rawValue, counts)) }
        }
        lines.append(line("overall", overall))
        return lines.joined(separator: "\n")
    }
}

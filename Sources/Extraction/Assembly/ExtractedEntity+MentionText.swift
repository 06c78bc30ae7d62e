import Graph

extension ExtractedEntity {
    /// The words of the entity's first mention in `sentence`, or "" if none is there.
    ///
    /// - Complexity: O(*m*) in the entity's mentions.
    func firstMentionText(in sentence: Evidence) -> String {
        mentions.filter { $0.sentence == sentence }.min { ($0.start, $0.end) < ($1.start, $1.end) }?.text ?? ""
    }
}

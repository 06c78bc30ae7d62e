import Graph

extension ExtractedEntity {
    /// The texts that name the entity: its names, and an event's own nouns ("the leak");
    /// not "the company" or a verb.
    var names: Set<String> {
        Set(mentions.lazy.filter { $0.form == .name || ($0.form == .nominal && self.type == .event) }.map(\.text))
    }

    /// The entity's first mention in `sentence`, if any is there.
    ///
    /// - Complexity: O(*m*) in the entity's mentions.
    func firstMention(in sentence: Evidence) -> Mention? {
        var first: Mention?
        for mention in mentions where mention.sentence.start == sentence.start && mention.sentence == sentence {
            if first.map({ (mention.start, mention.end) < ($0.start, $0.end) }) ?? true { first = mention }
        }
        return first
    }
}

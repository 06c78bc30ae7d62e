extension Dictionary {
    /// Adds `tally` to the one at `key`, or files it there.
    mutating func merge(_ tally: consuming Value, at key: Key) where Value == EntityTally {
        if let index = index(forKey: key) { values[index].merge(tally) } else { self[key] = tally }
    }

    /// Adds `tally` to the one at `key`, or files it there.
    mutating func merge(_ tally: consuming Value, at key: Key) where Value == RelationTally {
        if let index = index(forKey: key) { values[index].merge(tally) } else { self[key] = tally }
    }

    /// Files the tally of one sentence at `key`, or, if the sentence is already there
    /// (another rule found the relation in it), keeps the more confident rule.
    mutating func addSentence<Relation>(_ tally: Value, at key: Key)
    where Value == RelationTally, Key == StatedRelation<Relation> {
        if let index = index(forKey: key) { values[index].chooseRule(of: tally) } else { self[key] = tally }
    }
}

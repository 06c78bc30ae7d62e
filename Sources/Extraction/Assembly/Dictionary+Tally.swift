extension Dictionary {
    /// Adds `tally` to the one at `key`, or files it there.
    mutating func merge(_ tally: consuming Value, at key: Key) where Value == EntityTally {
        if let index = index(forKey: key) { values[index].merge(tally) } else { self[key] = tally }
    }

    /// Adds `tally` to the one at `key`, or files it there.
    mutating func merge(_ tally: consuming Value, at key: Key) where Value == RelationTally {
        if let index = index(forKey: key) { values[index].merge(tally) } else { self[key] = tally }
    }
}

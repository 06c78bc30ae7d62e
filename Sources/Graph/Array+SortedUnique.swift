extension Array where Element: Hashable & Comparable {
    /// The elements sorted, each once: what `Array(Set(self)).sorted()` gives,
    /// without building a set for the one- and two-element arrays that most
    /// records hold.
    ///
    /// - Complexity: O(*n* log *n*).
    func sortedWithoutRepeats() -> [Element] {
        switch count {
        case 0, 1: return self
        case 2: return self[0] == self[1] ? [self[0]] : (self[1] < self[0] ? [self[1], self[0]] : self)
        default: return Array(Set(self)).sorted()
        }
    }
}

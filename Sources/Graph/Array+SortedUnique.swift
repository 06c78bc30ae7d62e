extension Array where Element: Hashable & Comparable {
    /// The elements sorted, each once; see `sortAndRemoveRepeats()`.
    ///
    /// - Complexity: O(*n* log *n*).
    func sortedWithoutRepeats() -> [Element] {
        switch count {
        case 0, 1: return self
        case 2: return self[0] == self[1] ? [self[0]] : (self[1] < self[0] ? [self[1], self[0]] : self)
        default:
            var copy = self
            copy.sortAndRemoveRepeats()
            return copy
        }
    }

    /// Sorts the elements and keeps each once, in place: no set, so merging
    /// the mentions of a large entity needs no more than the array itself.
    /// Elements that sort alike but differ keep their order in the array (the
    /// sort is stable), so the result does not depend on hashing.
    ///
    /// - Complexity: O(*n* log *n*), plus O(*r*²) for each run of *r* elements that sort alike.
    mutating func sortAndRemoveRepeats() {
        guard count > 1 else { return }
        sort()
        var kept = 0, runStart = 0
        for index in indices {
            let element = self[index]
            if kept > 0, !(self[kept - 1] < element) {
                if self[runStart..<kept].contains(element) { continue }
            } else {
                runStart = kept
            }
            self[kept] = element
            kept += 1
        }
        removeLast(count - kept)
        assert(zip(self, dropFirst()).allSatisfy { !($1 < $0) }, "sorted")
    }
}

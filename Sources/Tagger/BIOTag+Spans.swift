extension Array where Element == BIOTag {
    /// The entity mentions a tag sequence encodes, as `(start, end, label)` with `end` exclusive.
    ///
    /// A stray `I-` tag (not after a `B-`/`I-` of its label) starts a new mention, as in the
    /// evaluation script.
    /// - Complexity: O(n) in the number of tags.
    func mentionRanges() -> [(start: Int, end: Int, label: EntityLabel)] {
        var result: [(start: Int, end: Int, label: EntityLabel)] = []
        var open: (start: Int, label: EntityLabel)?
        for (position, tag) in enumerated() {
            if tag.isInside, let current = open, current.label == tag.label {
                continue
            }
            if let current = open {
                result.append((current.start, position, current.label))
                open = nil
            }
            if let label = tag.label {
                open = (position, label)
            }
        }
        if let current = open {
            result.append((current.start, count, current.label))
        }
        return result
    }
}

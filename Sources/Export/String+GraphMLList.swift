extension String {
    /// The elements of a GraphML list value (`aliases`, `documents`): the text
    /// split at every `GraphMLWriter.separator` (` | `), empty pieces kept.
    ///
    /// The separator is matched byte for byte in UTF-8, not by `Character`: an
    /// element that starts with a combining mark or a joiner (U+0301, U+200D)
    /// would otherwise fuse with the separator's last space into one
    /// `Character`, and the two elements would come back as one.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    var graphMLListElements: [String] {
        let separatorStart = GraphMLWriter.separator.utf8.first!
        var text = self
        guard text.withUTF8({ $0.contains(separatorStart) }) else { return [self] }
        let separator = Array(GraphMLWriter.separator.utf8), bytes = Array(utf8)
        var elements: [String] = [], start = 0, index = 0
        while index + separator.count <= bytes.count {
            if bytes[index] == separator[0], bytes[index..<index + separator.count].elementsEqual(separator) {
                elements.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        elements.append(String(decoding: bytes[start...], as: UTF8.self))
        return elements
    }
}

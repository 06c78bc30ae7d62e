extension String {
    /// The non-empty lines of the text, split at line feeds (a carriage return before
    /// one is dropped), read from its UTF-8 bytes: splitting by `Character` would walk
    /// grapheme clusters, many times slower for word lists of many thousand lines.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    package var nonEmptyLines: [String] {
        var text = self
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                var end = index
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                if end > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = index + 1
            }
            return lines
        }
    }
}

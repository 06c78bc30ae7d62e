extension String {
    /// Whether `jsonQuoted` would only add the two quotes: the text is ASCII
    /// with no `"`, `\`, control character or DEL. A text with any other
    /// character may still need no escape; it just takes the general path.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    var isPlainJSONText: Bool {
        utf8.allSatisfy { byte in byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") }
    }
}

import Foundation

/// Reads `TOKEN<TAB>TAG` files (one token a line, a blank line after each sentence) into sentences.
public enum CoNLLReader {
    /// A problem in a CoNLL file.
    public enum ReadError: Error, Equatable {
        /// Line `line` (1-based) has no tab, or a tag of an unknown type.
        case malformedLine(line: Int, text: String)
    }

    /// Reads and parses the file at `url` (UTF-8).
    public static func read(contentsOf url: URL) throws -> [LabeledSentence] {
        try parse(String(contentsOf: url, encoding: .utf8))
    }

    /// Parses CoNLL text; extra columns after the tag are ignored.
    /// - Complexity: O(n) in the length of `text`.
    public static func parse(_ text: String) throws -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var tokens: [String] = []
        var tags: [BIOTag] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !tokens.isEmpty {
                    sentences.append(LabeledSentence(tokens: tokens, tags: tags))
                    tokens.removeAll(keepingCapacity: true)
                    tags.removeAll(keepingCapacity: true)
                }
                continue
            }
            let columns = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[0].isEmpty, let tag = BIOTag(corpusTag: String(columns[1])) else {
                throw ReadError.malformedLine(line: lineNumber, text: String(trimmed))
            }
            tokens.append(String(columns[0]))
            tags.append(tag)
        }
        if !tokens.isEmpty {
            sentences.append(LabeledSentence(tokens: tokens, tags: tags))
        }
        return sentences
    }
}

import Foundation

/// Synthetic articles crowded with distinct capitalised names (made of
/// syllables, so no real name appears), each paragraph naming seven people,
/// three organizations and a place: a small corpus that gives a large graph.
enum NameCorpus {
    private static let syllables = ["ka", "lo", "mi", "ren", "ta", "vel", "dor", "su", "bri", "zan",
                                    "qua", "fen", "mor", "tis", "gal", "ny", "pe", "rod", "sha", "wex"]
    private static let suffixes = ["Labs", "Corp", "Systems", "Group", "Holdings", "Networks"]

    /// A capitalised word of `count` syllables spelling `number` in base 20.
    static func word(_ number: Int, syllables count: Int) -> String {
        var number = number, word = ""
        for _ in 0..<count {
            word += syllables[number % syllables.count]
            number /= syllables.count
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The text of document `index`: `paragraphs` paragraphs with names no other document uses.
    static func article(_ index: Int, paragraphs: Int) -> String {
        (0..<paragraphs).map { paragraph in
            let base = (index * paragraphs + paragraph) * 11
            let people = (base..<base + 7).map { "\(word($0, syllables: 2)) \(word($0 * 37 + 5, syllables: 3))" }
            let companies = (base..<base + 3).map { "\(word($0 * 13 + 3, syllables: 3)) \(suffixes[$0 % suffixes.count])" }
            let place = word(base * 7 + 1, syllables: 3)
            return "\(people.dropLast().joined(separator: ", ")) and \(people.last!) met executives of "
                + "\(companies.dropLast().joined(separator: ", ")) and \(companies.last!) in \(place) on Monday. "
                + "\(people[0]), the chief executive of \(companies[0]), said the company had partnered with \(companies[1])."
        }.joined(separator: "\n\n") + "\n"
    }

    /// Writes documents `range` as `article-NNN.txt` into `folder` (created if missing).
    static func write(_ range: Range<Int>, paragraphs: Int = 6, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in range {
            let name = "article-" + String(String(index + 1000).suffix(3)) + ".txt"
            try Data(article(index, paragraphs: paragraphs).utf8).write(to: folder.appendingPathComponent(name))
        }
    }
}

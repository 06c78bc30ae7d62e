@testable import Tagger

/// A tiny made-up corpus: template sentences with invented person, organisation and place names.
enum SyntheticCorpus {
    static let people = [["Alma", "Verdi"], ["Tomas", "Quill"], ["Ines", "Marlow"], ["Oskar", "Brandt"], ["Lena", "Fairbank"]]
    static let organisations = [["Zentrix"], ["Polaris", "Bank"], ["Nordwind", "Group"], ["Halcyon"], ["Brightwell", "Labs"]]
    static let places = [["Varnholm"], ["Lisbeth", "Bay"], ["Korvana"], ["Essendale"], ["Port", "Amsel"]]
    static let templates: [[String]] = [
        ["<PER>", "joined", "<ORG>", "in", "<LOC>", "."],
        ["<ORG>", "opened", "an", "office", "in", "<LOC>", "."],
        ["the", "company", "hired", "<PER>", "last", "year", "."],
        ["<PER>", "moved", "to", "<LOC>", "with", "her", "family", "."],
        ["shares", "of", "<ORG>", "fell", "on", "monday", "."],
    ]

    /// `count` labelled sentences cycling through templates and names.
    static func sentences(count: Int) -> [LabeledSentence] {
        (0..<count).map { index in
            var tokens: [String] = []
            var tags: [BIOTag] = []
            for (slot, piece) in templates[index % templates.count].enumerated() {
                let pick = (index / templates.count + slot) % 5
                let (name, label): ([String], EntityLabel?) = switch piece {
                case "<PER>": (people[pick], .PER)
                case "<ORG>": (organisations[pick], .ORG)
                case "<LOC>": (places[pick], .LOC)
                default: ([slot == 0 ? piece.capitalized : piece], nil)
                }
                for (offset, token) in name.enumerated() {
                    tokens.append(token)
                    tags.append(label.map { offset == 0 ? .begin($0) : .inside($0) } ?? .outside)
                }
            }
            return LabeledSentence(tokens: tokens, tags: tags)
        }
    }

    /// A small model trained on the corpus (fast enough for debug builds).
    static func model() -> NERModel {
        let corpus = NERCorpus(
            training: [.init(name: "synthetic", documents: sentences(count: 150).documents())],
            gazetteerSource: [], nameLists: .empty, development: [])
        return NERTrainer.train(corpus: corpus, options: TrainingOptions(epochs: 5, seed: 7, hashBits: 14))
    }
}

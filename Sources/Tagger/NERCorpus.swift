import Foundation

/// The training material for the tagger, read from the shared NER data folder
/// (see `shared/data/ner/README.md`; every corpus is CC BY 4.0 except UNER, CC BY-SA 4.0).
public struct NERCorpus: Sendable {
    /// A named set of documents.
    public struct Part: Sendable {
        /// A short name such as `wikigold/dev`.
        public var name: String
        /// Documents of consecutive sentences.
        public var documents: [[LabeledSentence]]

        /// Creates a part.
        public init(name: String, documents: [[LabeledSentence]]) {
            self.name = name
            self.documents = documents
        }
    }

    /// Cased training documents (Wikigold train, WNUT17 train, UNER English-EWT dev).
    public var training: [Part]
    /// Lower-cased MultiCoNER train sentences, whose entity mentions become the gazetteer.
    public var gazetteerSource: [LabeledSentence]
    /// Given names, surnames and place names added to the gazetteer.
    public var nameLists: NameLists
    /// Development sets scored after training (Wikigold dev, WNUT17 dev).
    public var development: [Part]

    /// Creates a corpus from parts.
    public init(training: [Part], gazetteerSource: [LabeledSentence], nameLists: NameLists, development: [Part]) {
        self.training = training
        self.gazetteerSource = gazetteerSource
        self.nameLists = nameLists
        self.development = development
    }

    /// Reads the corpus from `directory` (the folder holding `wikigold/`, `wnut17/`,
    /// `uner-en-ewt/` and `multiconer-en/`), grouping sentences into documents of 20 as the
    /// evaluation script does, and the name lists from `listsDirectory` (see ``NameLists``).
    ///
    /// UNER has only a dev split; it is used for training, since it is not one of the
    /// development sets scored here.
    /// - Throws: file and ``CoNLLReader/ReadError`` errors.
    public static func load(directory: URL, listsDirectory: URL) throws -> NERCorpus {
        func part(_ path: String) throws -> Part {
            let sentences = try CoNLLReader.read(contentsOf: directory.appendingPathComponent(path + ".conll"))
            return Part(name: path, documents: sentences.documents())
        }
        return NERCorpus(
            training: [try part("wikigold/train"), try part("wnut17/train"), try part("uner-en-ewt/dev")],
            gazetteerSource: try CoNLLReader.read(contentsOf: directory.appendingPathComponent("multiconer-en/train.conll")),
            nameLists: try NameLists.load(directory: listsDirectory),
            development: [try part("wikigold/dev"), try part("wnut17/dev")])
    }
}

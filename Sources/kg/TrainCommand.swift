import ArgumentParser
import Foundation
import Tagger

/// `kg train`: trains the named-entity tagger on the shared NER corpora, writes the model
/// file and prints development-set precision, recall and F1 per entity type.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the named-entity tagger and write its model file.")

    @Option(help: "Folder with the NER corpora (wikigold/, wnut17/, uner-en-ewt/, multiconer-en/).")
    var data = "../shared/data/ner"

    @Option(help: "Folder with the gazetteer name lists (first-names.txt, surnames.txt, locations.txt).")
    var lists = "Sources/Tagger/Resources/gazetteer"

    @Option(help: "Where to write the model (replaced atomically).")
    var out = "Sources/Tagger/Resources/ner.model"

    @Option(help: "Passes over the training data.")
    var epochs = TrainingOptions().epochs

    @Option(help: "Seed of the deterministic shuffling.")
    var seed = TrainingOptions().seed

    func run() throws {
        let corpus = try NERCorpus.load(
            directory: URL(fileURLWithPath: data), listsDirectory: URL(fileURLWithPath: lists))
        var options = TrainingOptions()
        options.epochs = epochs
        options.seed = seed
        let started = Date()
        let model = NERTrainer.train(corpus: corpus, options: options) { epoch, _ in
            print("epoch \(epoch)/\(epochs) done after \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
        let url = URL(fileURLWithPath: out)
        try model.write(to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print("wrote \(url.path) (\(size) bytes)")
        for part in corpus.development {
            print(NEREvaluation.evaluate(model, on: part.documents).report(title: part.name))
        }
    }
}

import Dispatch
import Tagger

extension Extractor {
    /// Starts loading the bundled word lists and tagger model, each on a thread of its own,
    /// and returns at once: a program that reads its documents meanwhile finds them loaded
    /// (or being loaded; the first use then waits) when it makes its first `Extractor()`.
    public static func preloadResources() {
        DispatchQueue.global().async { _ = Lexicon.standard }
        DispatchQueue.global().async { _ = Extractor.bundledModel }
    }
}

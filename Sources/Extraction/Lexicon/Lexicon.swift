import Foundation
import Graph
import Tagger

/// General word lists that extraction consults: common English words, given
/// names, surnames and place names. They come from public data sets (see
/// `Resources/README.md`, the tagger's `Resources/README.md` and the scripts
/// that make them), never from the articles kg is evaluated on.
public struct Lexicon: Sendable {
    /// Lower-case English words (SCOWL american-english).
    public let commonWords: Set<String>
    /// Given names, capitalised (US Census 1990 first names).
    public let firstNames: Set<String>
    /// Frequent surnames, capitalised (US Census 1990).
    public let surnames: Set<String>
    /// Place names keyed by `EntityID.key(for:)` (GeoNames countries, continents, US states, large cities).
    public let locationKeys: Set<String>

    /// Creates a lexicon from explicit lists, for tests and custom setups.
    public init(commonWords: Set<String>, firstNames: Set<String>, surnames: Set<String>, locations: [String]) {
        self.commonWords = commonWords
        self.firstNames = firstNames
        self.surnames = surnames
        self.locationKeys = Set(locations.map { EntityID.key(for: $0) })
    }

    /// The lexicon shipped with the package, loaded once.
    public static let standard: Lexicon = {
        func lines(_ name: String) -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
                    ?? Bundle.module.url(forResource: name, withExtension: "txt"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                preconditionFailure("the word list \(name).txt is missing from the Extraction bundle")
            }
            return text.nonEmptyLines
        }
        let names = NameLists.bundled
        return Lexicon(commonWords: Set(lines("common-words")), firstNames: Set(names.firstNames),
                       surnames: Set(names.surnames), locations: lines("locations"))
    }()

    /// Whether a word, lower-cased, is a common English word.
    public func isCommon(_ word: String) -> Bool { commonWords.contains(word.lowercased()) }

    /// Whether a word is the adjective of a known place ("Israeli", "Canadian", "Japanese").
    ///
    /// - Complexity: O(1): a few suffix and stem look-ups.
    public func isDemonym(_ word: String) -> Bool {
        // Every suffix ends with one of these letters, and only the letter itself ends a
        // string with it: a word ending in another ASCII byte is ruled out before any work.
        guard let last = word.utf8.last, last >= 0x80 || Self.demonymFinals.contains(last | 0x20) else { return false }
        let folded = word.lowercased()
        guard word.first?.isUppercase == true, !locationKeys.contains(folded) else { return false }
        for suffix in Self.demonymSuffixes where folded.hasSuffix(suffix) {
            let stem = String(folded.dropLast(suffix.count))
            guard stem.count >= 3 else { continue }
            for ending in ["", "a", "e", "y", "o", "ia", "any"] where locationKeys.contains(stem + ending) { return true }
        }
        return false
    }

    /// What a demonym may end with in place of its place's ending ("Israel-i", "Canad-ian").
    private static let demonymSuffixes = ["i", "n", "an", "ian", "ese", "ish", "ic", "ean"]
    /// The last letters of `demonymSuffixes`, lower case.
    private static let demonymFinals: [UInt8] = Array(Set(demonymSuffixes.map { $0.utf8.last! })).sorted()

    /// Whether a name is a known place.
    public func isLocation(_ name: String) -> Bool { locationKeys.contains(EntityID.key(for: name)) }
}

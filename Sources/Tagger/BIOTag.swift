/// A BIO (IOB2) tag over ``EntityLabel``: `O`, `B-<label>` or `I-<label>`, stored as a small index.
///
/// Index 0 is `O`; label `k` has `B` at `1 + 2k` and `I` at `2 + 2k`.
public struct BIOTag: Hashable, Sendable, CustomStringConvertible {
    /// The number of distinct tags (13).
    public static let count = 1 + 2 * EntityLabel.allCases.count
    /// The outside tag.
    public static let outside = BIOTag(index: 0)

    /// The tag's index in `0..<count`.
    public let index: Int

    init(index: Int) {
        self.index = index
    }

    /// The tag that begins an entity of `label`.
    public static func begin(_ label: EntityLabel) -> BIOTag {
        BIOTag(index: 1 + 2 * label.index)
    }

    /// The tag that continues an entity of `label`.
    public static func inside(_ label: EntityLabel) -> BIOTag {
        BIOTag(index: 2 + 2 * label.index)
    }

    /// Parses a corpus tag such as `O`, `B-person` or `I-CW`; `nil` if the type is unknown.
    public init?(corpusTag: String) {
        if corpusTag == "O" {
            self = .outside
            return
        }
        guard corpusTag.count > 2, let label = EntityLabel(corpusType: String(corpusTag.dropFirst(2))) else {
            return nil
        }
        switch corpusTag.prefix(2) {
        case "B-": self = .begin(label)
        case "I-": self = .inside(label)
        default: return nil
        }
    }

    /// The entity label, or `nil` for `O`.
    public var label: EntityLabel? {
        index == 0 ? nil : EntityLabel.allCases[(index - 1) / 2]
    }

    /// Whether this is a `B-` tag.
    public var isBegin: Bool {
        index != 0 && index % 2 == 1
    }

    /// Whether this is an `I-` tag.
    public var isInside: Bool {
        index != 0 && index % 2 == 0
    }

    /// Whether `self` may follow `previous` (`nil` at sentence start) in strict BIO.
    public func canFollow(_ previous: BIOTag?) -> Bool {
        guard isInside else { return true }
        guard let previous, previous != .outside else { return false }
        return previous.label == label
    }

    /// The tag as written in CoNLL files, e.g. `B-ORG`.
    public var description: String {
        guard let label else { return "O" }
        return (isBegin ? "B-" : "I-") + label.rawValue
    }
}

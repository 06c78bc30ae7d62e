/// A stable identifier of an entity, valid as an XML NMTOKEN.
///
/// The identifier is derived from the entity's name key alone, so the same
/// name gives the same id in every run and every document; variants that
/// differ only in case, spacing or punctuation ("HuggingFace", "Hugging Face")
/// share one id.
public struct EntityID: Hashable, Codable, Comparable, Sendable, CustomStringConvertible {
    /// The identifier text: ASCII letters, digits and `-` only.
    public let rawValue: String
    /// The hash of `rawValue`, computed once: ids are hashed (as dictionary
    /// keys, in relation keys and pairs) far more often than they are made.
    private let rawHash: Int

    /// Creates an id from an already formed identifier text.
    ///
    /// - Precondition: `rawValue` is non-empty and holds only `a-z`, `0-9` and `-`.
    public init(rawValue: String) {
        precondition(!rawValue.isEmpty && rawValue.utf8.allSatisfy(EntityID.isAllowed),
                     "an entity id holds only a-z, 0-9 and -")
        self.rawValue = rawValue
        rawHash = rawValue.hashValue
    }

    /// Whether two ids are the same text.
    public static func == (lhs: EntityID, rhs: EntityID) -> Bool {
        lhs.rawHash == rhs.rawHash && lhs.rawValue == rhs.rawValue
    }

    /// Feeds the text's hash, computed when the id was made, to `hasher`.
    ///
    /// - Complexity: O(1).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawHash)
    }

    private enum CodingKeys: String, CodingKey {
        case rawValue
    }

    /// Decodes an id encoded by `encode(to:)`: an object with the text as `rawValue`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rawValue = try container.decode(String.self, forKey: .rawValue)
        rawHash = rawValue.hashValue
    }

    /// Encodes the id as an object with its text as `rawValue`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rawValue, forKey: .rawValue)
    }

    /// Creates the id of an entity with this name.
    ///
    /// Letters and digits are lower-cased and kept; any other character is
    /// dropped; a non-ASCII letter becomes `-u` and its hexadecimal code.
    ///
    /// - Complexity: O(*n*) in the length of the name.
    public init(name: String) {
        if let key = EntityID.asciiKey(for: name) {
            self.init(rawValue: key.isEmpty ? "unnamed" : key)
            return
        }
        let key = EntityID.key(for: name)
        var text = ""
        for scalar in key.unicodeScalars {
            if scalar.isASCII {
                text.unicodeScalars.append(scalar)
            } else {
                text += "-u" + String(scalar.value, radix: 16) + "-"
            }
        }
        self.init(rawValue: text.isEmpty ? "unnamed" : text)
    }

    /// The matching key of a name: case-folded letters and digits, nothing else.
    ///
    /// - Complexity: O(*n*) in the length of the name.
    public static func key(for name: String) -> String {
        if let key = asciiKey(for: name) { return key }
        return String(String.UnicodeScalarView(
            name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        ))
    }

    /// The key of an all-ASCII name, without Unicode property lookups: in
    /// ASCII the alphabetic scalars are the letters and the numeric ones the
    /// digits. `nil` when the name has any other byte.
    ///
    /// - Complexity: O(*n*) in the length of the name.
    private static func asciiKey(for name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { key in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        key[count] = byte
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        key[count] = byte | 0x20
                    default:
                        continue
                    }
                    count += 1
                }
                return count
            }
        }
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }
}

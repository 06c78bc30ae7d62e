/// The properties of one token that features are built from, computed once from its text
/// in a single pass over its Unicode scalars (no intermediate strings for ASCII text).
struct TokenInfo: Sendable {
    /// Hash of the lower-cased token.
    var lower: UInt64
    /// Hash of the token as written.
    var exact: UInt64
    /// Hash of the word shape with runs capped at four (`Xxxxx`, `dd`, `X.X.`).
    var shape: UInt64
    /// Hash of the word shape with every run collapsed to one character (`Xx`, `d`, `X.X.`).
    var shortShape: UInt64
    /// Hashes of the lower-cased prefixes of 1...4 scalars (0 where the token is shorter).
    var prefixes: SIMD4<UInt64>
    /// Hashes of the lower-cased suffixes of 1...4 scalars (0 where the token is shorter).
    var suffixes: SIMD4<UInt64>
    /// The token's capitalisation pattern.
    var capitalization: Capitalization
    /// Character-class flags (``Flags``).
    var flags: Flags
    /// Number of Unicode scalars, capped at 255.
    var length: UInt8

    /// How a token is capitalised.
    enum Capitalization: UInt8, Sendable {
        /// No letters (punctuation, numbers).
        case none
        /// Only lower-case letters.
        case lower
        /// An upper-case first letter followed by lower-case letters.
        case initial
        /// Two or more letters, all upper-case.
        case upper
        /// A single upper-case letter, possibly with punctuation (`A`, `J.`).
        case single
        /// Any other mix (`iPhone`, `McDonald`, `eBay`).
        case mixed

        /// Whether the token starts like a name (upper-case letter first, or mixed case).
        var isCapitalized: Bool {
            self == .initial || self == .upper || self == .single || self == .mixed
        }
    }

    /// Character-class flags of a token.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let hyphen = Flags(rawValue: 1)
        static let digit = Flags(rawValue: 2)
        static let apostrophe = Flags(rawValue: 4)
        static let period = Flags(rawValue: 8)
        static let handle = Flags(rawValue: 16)
        static let nonASCII = Flags(rawValue: 32)
        static let punctuationOnly = Flags(rawValue: 64)
        static let allDigits = Flags(rawValue: 128)
    }

    /// Analyses `token`.
    /// - Complexity: O(n) in the token's length.
    init(_ token: String) {
        var lowerHash = FeatureHash.offsetBasis
        var exactHash = FeatureHash.offsetBasis
        var shapeHash = FeatureHash.offsetBasis
        var shortHash = FeatureHash.offsetBasis
        var prefixes = SIMD4<UInt64>(repeating: 0)
        var recent = SIMD4<UInt32>(repeating: 0)
        var count = 0
        var upperCount = 0, lowerCount = 0, digitCount = 0, otherCount = 0
        var firstIsUpper = false
        var laterUpper = false
        var flags: Flags = []
        var previousShape: UInt32 = 0
        var run = 0

        for scalar in token.unicodeScalars {
            let value = scalar.value
            var lowered = value
            let shapeChar: UInt32
            if value < 0x80 {
                switch value {
                case 0x41...0x5A:
                    shapeChar = 0x58
                    lowered = value + 0x20
                case 0x61...0x7A:
                    shapeChar = 0x78
                case 0x30...0x39:
                    shapeChar = 0x64
                default:
                    shapeChar = value
                    switch value {
                    case 0x2D: flags.insert(.hyphen)
                    case 0x27, 0x60: flags.insert(.apostrophe)
                    case 0x2E: flags.insert(.period)
                    case 0x40, 0x23: if count == 0 { flags.insert(.handle) }
                    default: break
                    }
                }
            } else {
                flags.insert(.nonASCII)
                (shapeChar, lowered) = Self.shapeAndLowerCase(of: scalar)
                if shapeChar == value {
                    if value == 0x2019 || value == 0x2018 || value == 0xB4 { flags.insert(.apostrophe) }
                    if value == 0x2013 || value == 0x2014 { flags.insert(.hyphen) }
                }
            }
            switch shapeChar {
            case 0x58:
                upperCount += 1
                if count == 0 { firstIsUpper = true } else { laterUpper = true }
            case 0x78: lowerCount += 1
            case 0x64: digitCount += 1
            default: otherCount += 1
            }

            lowerHash = Self.fold(lowerHash, lowered)
            exactHash = Self.fold(exactHash, value)
            if count < 4 { prefixes[count] = lowerHash }
            recent = SIMD4(recent[1], recent[2], recent[3], lowered)
            run = shapeChar == previousShape ? run + 1 : 1
            previousShape = shapeChar
            if run <= 4 { shapeHash = Self.fold(shapeHash, shapeChar) }
            if run == 1 { shortHash = Self.fold(shortHash, shapeChar) }
            count += 1
        }

        var suffixes = SIMD4<UInt64>(repeating: 0)
        for length in 1...4 where length <= count {
            var hash = FeatureHash.offsetBasis
            for position in (4 - length)..<4 {
                hash = Self.fold(hash, recent[position])
            }
            suffixes[length - 1] = hash
        }

        let letters = upperCount + lowerCount
        if digitCount > 0 { flags.insert(.digit) }
        if letters == 0 && digitCount == 0 { flags.insert(.punctuationOnly) }
        if digitCount > 0 && letters == 0 && otherCount == 0 { flags.insert(.allDigits) }
        let capitalization: Capitalization
        if letters == 0 {
            capitalization = .none
        } else if upperCount == 0 {
            capitalization = .lower
        } else if lowerCount == 0 {
            capitalization = letters == 1 ? .single : .upper
        } else if firstIsUpper && !laterUpper {
            capitalization = .initial
        } else {
            capitalization = .mixed
        }

        self.lower = lowerHash
        self.exact = exactHash
        self.shape = shapeHash
        self.shortShape = shortHash
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.capitalization = capitalization
        self.flags = flags
        self.length = UInt8(min(count, 255))
    }

    /// The shape character (`X`, `x`, `d` or the scalar itself) and the lower-case
    /// value of a non-ASCII scalar, from Unicode's tables. Out of line, so that the
    /// ASCII path of `init` does not set up the standard library's numeric-type metadata.
    @inline(never)
    private static func shapeAndLowerCase(of scalar: Unicode.Scalar) -> (shape: UInt32, lower: UInt32) {
        let properties = scalar.properties
        if properties.isUppercase {
            return (0x58, properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value)
        }
        if properties.isAlphabetic { return (0x78, scalar.value) }
        if properties.numericType != nil { return (0x64, scalar.value) }
        return (scalar.value, scalar.value)
    }

    /// Folds one scalar value into an FNV-1a state: one byte for ASCII, three otherwise.
    @inline(__always)
    private static func fold(_ state: UInt64, _ value: UInt32) -> UInt64 {
        var state = FeatureHash.fnv(state, UInt8(truncatingIfNeeded: value))
        if value >= 0x80 {
            state = FeatureHash.fnv(state, UInt8(truncatingIfNeeded: value >> 8))
            state = FeatureHash.fnv(state, UInt8(truncatingIfNeeded: value >> 16))
        }
        return state
    }

    /// A coarse length class: 1, 2, 3, 4, 5–6, 7–9, 10+.
    var lengthClass: UInt64 {
        switch length {
        case 0...4: UInt64(length)
        case 5...6: 5
        case 7...9: 6
        default: 7
        }
    }
}

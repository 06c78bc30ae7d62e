extension Unicode.Scalar {
    /// Whether the scalar is an upper-case letter; ASCII is answered without Unicode's tables.
    var isUppercaseLetter: Bool {
        isASCII ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    /// Whether the scalar is a lower-case letter; ASCII is answered without Unicode's tables.
    var isLowercaseLetter: Bool {
        isASCII ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    /// Whether the scalar is an ASCII letter.
    var isASCIILetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}

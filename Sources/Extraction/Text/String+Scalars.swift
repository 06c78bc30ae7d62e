extension String {
    /// The string of some Unicode scalars, encoded to UTF-8 in one buffer of the exact
    /// size (appending to a `UnicodeScalarView` scalar by scalar costs several times more;
    /// a larger buffer would stay allocated as long as the string lives).
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: length) { bytes in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    bytes[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The number of Unicode scalars, counted on the UTF-8 bytes: each byte that
    /// does not continue a scalar (`10xxxxxx`) starts one. A string's UTF-8 is
    /// always well formed, so this is `unicodeScalars.count` without decoding.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length.
    var unicodeScalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? unicodeScalars.count
    }

    /// The Unicode scalars in an array of the exact size, counted first on the UTF-8 bytes.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length.
    var unicodeScalarArray: [Unicode.Scalar] {
        let count = unicodeScalarCount
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            for scalar in unicodeScalars {
                precondition(initialized < count, "as many scalars as counted")
                buffer.initializeElement(at: initialized, to: scalar)
                initialized += 1
            }
        }
    }

    /// The index of the last UTF-8 byte `byte`, if there is one: a scan of the
    /// contiguous bytes (generic `utf8.lastIndex(of:)` steps index by index).
    ///
    /// - Complexity: O(*n*) in the UTF-8 length.
    func utf8Index(ofLast byte: UInt8) -> String.Index? {
        guard let found = utf8.withContiguousStorageIfAvailable({ $0.lastIndex(of: byte) }) else {
            return utf8.lastIndex(of: byte)
        }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}

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
}

extension String {
    /// The string of some Unicode scalars, encoded to UTF-8 in one buffer (appending to a
    /// `UnicodeScalarView` scalar by scalar costs several times more).
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { bytes in
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

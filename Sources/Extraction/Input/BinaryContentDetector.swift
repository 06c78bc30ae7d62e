/// Tells binary files from text by looking at their first bytes.
enum BinaryContentDetector {
    /// How many leading bytes are examined.
    static let sampleSize = 8 * 1024
    /// The share of suspicious bytes (control characters and invalid UTF-8) above which
    /// a sample is taken for binary, in percent.
    static let suspiciousPercentLimit = 30

    /// Whether `bytes` look like binary data: a NUL byte in the sample, or a sample that is
    /// mostly control characters and invalid UTF-8. Legacy 8-bit text (Latin-1 and the like)
    /// stays under the limit and is read with its invalid sequences repaired.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(sampleSize)
        // One pass over the bytes; invalid UTF-8 is counted only in a sample the standard
        // library's validation rejects, which only a sample with non-ASCII bytes can be.
        var controls = 0, hasNUL = false, isASCII = true
        sample.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                if isControl(byte) { controls += 1 }
                if byte == 0 { hasNUL = true }
                if byte >= 0x80 { isASCII = false }
            }
        }
        if hasNUL { return true }
        let isValidUTF8 = isASCII || String(validating: sample, as: UTF8.self) != nil
        let suspicious = controls + (isValidUTF8 ? 0 : InvalidUTF8(scanning: sample).bytes)
        return suspicious * 100 > sample.count * suspiciousPercentLimit
    }

    /// Whether `byte` is an ASCII control character other than the usual text whitespace.
    private static func isControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D: false  // tab, line feed, vertical tab, form feed, carriage return
        case 0x00...0x1F, 0x7F: true
        default: false
        }
    }
}

import Extraction

extension InputCollection {
    /// A digest of the document names in collection order (64-bit FNV-1a, in hex), so that
    /// parts built from different inputs are told apart. Only names enter it, not paths, so
    /// machines that mount the corpus at different places agree.
    var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in file.name.utf8 + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

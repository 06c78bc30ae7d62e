/// How much invalid UTF-8 some bytes hold, counted the way UTF-8 decoding repairs it:
/// each maximal invalid sequence becomes one U+FFFD.
struct InvalidUTF8: Hashable {
    /// The number of invalid sequences.
    var sequences = 0
    /// The number of bytes in them.
    var bytes = 0

    /// Scans `codeUnits` for invalid UTF-8.
    init(scanning codeUnits: some Sequence<UInt8>) {
        var iterator = codeUnits.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error(let length):
                sequences += 1
                bytes += length
            case .emptyInput: return
            }
        }
    }
}

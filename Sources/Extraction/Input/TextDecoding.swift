/// Turns a text file's bytes into a string: UTF-8 byte-order mark dropped, CRLF and CR line
/// endings made LF, invalid UTF-8 repaired.
enum TextDecoding {
    /// A decoded text and how many invalid UTF-8 sequences were replaced with U+FFFD in it.
    struct Decoded: Hashable {
        var text: String
        var repairedSequences: Int
    }

    /// Decodes `bytes` as UTF-8 text.
    static func decode(_ bytes: [UInt8]) -> Decoded {
        let content = normalizingLineEndings(droppingByteOrderMark(bytes[...]))
        if let text = String(validating: content, as: UTF8.self) {
            return Decoded(text: text, repairedSequences: 0)
        }
        return Decoded(
            text: String(decoding: content, as: UTF8.self),
            repairedSequences: InvalidUTF8(scanning: content).sequences
        )
    }

    /// `bytes` without a leading UTF-8 byte-order mark.
    private static func droppingByteOrderMark(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
    }

    /// `bytes` with every CRLF and lone CR made LF. A CR byte is never part of a
    /// multi-byte UTF-8 sequence, so this is safe before decoding.
    private static func normalizingLineEndings(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let carriageReturn: UInt8 = 0x0D, lineFeed: UInt8 = 0x0A
        guard bytes.contains(carriageReturn) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte != carriageReturn {
                result.append(byte)
                continue
            }
            result.append(lineFeed)
            if index < bytes.endIndex && bytes[index] == lineFeed { index += 1 }
        }
        return result[...]
    }
}

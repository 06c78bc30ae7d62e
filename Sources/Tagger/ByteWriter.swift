/// Appends fixed-width little-endian values to a byte buffer.
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends an integer's bytes, least significant first.
    mutating func write<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
    }

    /// Appends a float's IEEE 754 bit pattern.
    mutating func write(_ value: Float) {
        write(value.bitPattern)
    }

    /// Appends raw bytes.
    mutating func write(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }
}

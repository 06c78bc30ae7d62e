import Foundation

/// The binary model format (all numbers little-endian):
///
/// | field | type |
/// | --- | --- |
/// | magic `KGNERMDL` | 8 bytes |
/// | format version | UInt32 |
/// | feature-template version, features per token | UInt16, UInt16 |
/// | tag count, hash bits | UInt8, UInt8 |
/// | confidence temperature, weight scale | Float32, Float32 |
/// | start transitions, then transition matrix (row = previous tag) | (1 + tags) × tags Float32 |
/// | feature bitmap: bit `f` set if feature `f` has weights | 2^hashBits / 8 bytes |
/// | weight rows of those features in order: tags × Int16 each (weight = value × scale) | |
/// | gazetteer: longest name; phrase count, (UInt64 key, UInt8 mask)…; word count, pairs… | |
/// | FNV-1a 64 checksum of everything before it | UInt64 |
extension NERModel {
    static let magic = Array("KGNERMDL".utf8)
    static let formatVersion: UInt32 = 1

    /// The model in the binary format described above.
    /// - Complexity: O(rows).
    public func serialized() -> Data {
        var writer = ByteWriter()
        writer.write(bytes: Self.magic)
        writer.write(Self.formatVersion)
        writer.write(FeatureExtractor.version)
        writer.write(UInt16(FeatureExtractor.featuresPerToken))
        writer.write(UInt8(BIOTag.count))
        writer.write(UInt8(extractor.hashBits))
        writer.write(temperature)
        var largest: Float = 0
        for row in weights.rows {
            for lane in 0..<BIOTag.count { largest = max(largest, abs(row[lane])) }
        }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        writer.write(scale)
        for tag in 0..<BIOTag.count { writer.write(transitions.start[tag]) }
        for row in transitions.matrix {
            for tag in 0..<BIOTag.count { writer.write(row[tag]) }
        }
        var bitmap = [UInt8](repeating: 0, count: max(1, weights.featureCount / 8))
        var rowWriter = ByteWriter()
        for index in 0..<weights.featureCount {
            let row = weights.row(index)
            let quantized = (0..<BIOTag.count).map { Int16((row[$0] / scale).rounded()) }
            guard quantized.contains(where: { $0 != 0 }) else { continue }
            bitmap[index / 8] |= 1 << UInt8(index % 8)
            for value in quantized { rowWriter.write(value) }
        }
        writer.write(bytes: bitmap)
        writer.write(bytes: rowWriter.bytes)
        let gazetteer = extractor.gazetteer
        writer.write(UInt8(gazetteer.maxPhraseLength))
        for table in [gazetteer.phrases, gazetteer.words] {
            writer.write(UInt32(table.count))
            for (key, mask) in zip(table.keys, table.masks) where key != 0 {
                writer.write(key)
                writer.write(mask)
            }
        }
        var bytes = writer.bytes
        var checksum = ByteWriter()
        checksum.write(Self.checksum(bytes[...]))
        bytes.append(contentsOf: checksum.bytes)
        return Data(bytes)
    }

    /// Reads a model from bytes in the binary format.
    ///
    /// - Throws: ``NERModelError`` for a wrong magic, version, checksum or a truncated file.
    /// - Complexity: O(size of the file).
    public init(serialized data: Data) throws {
        self = try data.withUnsafeBytes { raw in
            guard raw.count >= Self.magic.count + 8 else { throw NERModelError.truncated }
            guard raw.prefix(Self.magic.count).elementsEqual(Self.magic) else { throw NERModelError.badMagic }
            var reader = ByteReader(raw)
            _ = try reader.readBytes(Self.magic.count)
            let version: UInt32 = try reader.read()
            guard version == Self.formatVersion else { throw NERModelError.unsupportedVersion(version) }
            let body = raw.count - 8
            let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: body, as: UInt64.self))
            guard Self.checksum(raw.prefix(body)) == stored else { throw NERModelError.checksumMismatch }
            return try Self.parseBody(&reader)
        }
    }

    /// Parses everything after the magic and version.
    private static func parseBody(_ reader: inout ByteReader) throws -> NERModel {
        let featureVersion: UInt16 = try reader.read()
        let perToken: UInt16 = try reader.read()
        let tagCount: UInt8 = try reader.read()
        guard featureVersion == FeatureExtractor.version, Int(perToken) == FeatureExtractor.featuresPerToken,
              Int(tagCount) == BIOTag.count else { throw NERModelError.incompatibleFeatures }
        let hashBits = Int(try reader.read(UInt8.self))
        guard (8...26).contains(hashBits) else { throw NERModelError.invalidContent("hash bits \(hashBits)") }
        let temperature = try reader.readFloat()
        let scale = try reader.readFloat()
        guard temperature.isFinite, temperature > 0, scale.isFinite, scale > 0 else {
            throw NERModelError.invalidContent("temperature or scale")
        }
        var start = SIMD16<Float>(repeating: 0)
        for tag in 0..<BIOTag.count { start[tag] = try reader.readFloat() }
        var matrix = [SIMD16<Float>](repeating: SIMD16(repeating: 0), count: BIOTag.count)
        for previous in 0..<BIOTag.count {
            for tag in 0..<BIOTag.count { matrix[previous][tag] = try reader.readFloat() }
        }
        let featureCount = 1 << hashBits
        let bitmap = try reader.readBytes(featureCount / 8)
        var storedRows = 0
        for byte in bitmap { storedRows += byte.nonzeroBitCount }
        let rowBytes = try reader.readBytes(storedRows * BIOTag.count * 2)
        var slots = [UInt32](repeating: 0, count: featureCount)
        var rows = [SIMD16<Float>](repeating: SIMD16(repeating: 0), count: storedRows + 1)
        var next = 0
        for byteIndex in 0..<bitmap.count where bitmap[byteIndex] != 0 {
            for bit in 0..<8 where bitmap[byteIndex] & (1 << UInt8(bit)) != 0 {
                next += 1
                slots[byteIndex * 8 + bit] = UInt32(next)
                let offset = (next - 1) * BIOTag.count * 2
                for tag in 0..<BIOTag.count {
                    let value = Int16(littleEndian: rowBytes.loadUnaligned(fromByteOffset: offset + tag * 2, as: Int16.self))
                    rows[next][tag] = Float(value) * scale
                }
            }
        }
        guard let weights = FeatureWeights(slots: slots, rows: rows) else {
            throw NERModelError.invalidContent("weight rows")
        }
        let gazetteer = try parseGazetteer(&reader)
        guard reader.remaining == 8 else { throw NERModelError.invalidContent("trailing bytes") }
        return NERModel(
            gazetteer: gazetteer, hashBits: hashBits, weights: weights,
            transitions: TransitionWeights(matrix: matrix, start: start), temperature: temperature)
    }

    /// Parses the gazetteer section.
    private static func parseGazetteer(_ reader: inout ByteReader) throws -> Gazetteer {
        let longest = Int(try reader.read(UInt8.self))
        var tables: [HashMaskTable] = []
        for _ in 0..<2 {
            let count = Int(try reader.read(UInt32.self))
            guard count <= reader.remaining / 9 else { throw NERModelError.truncated }
            var table = HashMaskTable(expected: count)
            for _ in 0..<count {
                let key: UInt64 = try reader.read()
                table.insert(key, mask: try reader.read())
            }
            tables.append(table)
        }
        return Gazetteer(phrases: tables[0], words: tables[1], maxPhraseLength: longest)
    }

    /// FNV-1a over `bytes`.
    private static func checksum<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var state = FeatureHash.offsetBasis
        for byte in bytes { state = FeatureHash.fnv(state, byte) }
        return state
    }

    /// Loads a model file.
    /// - Throws: ``NERModelError``.
    public static func load(from url: URL) throws -> NERModel {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw NERModelError.unreadable(String(describing: error))
        }
        return try NERModel(serialized: data)
    }

    /// Loads the model bundled with this module (`Resources/ner.model`).
    ///
    /// Takes about 15 ms in release builds: load once and share the value (it is `Sendable`).
    /// - Throws: ``NERModelError``.
    public static func load() throws -> NERModel {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "ner", withExtension: "model") else {
            throw NERModelError.resourceMissing
        }
        return try load(from: url)
    }

    /// Writes the model to `url` atomically (to a temporary file that is then renamed).
    public func write(to url: URL) throws {
        try serialized().write(to: url, options: .atomic)
    }
}

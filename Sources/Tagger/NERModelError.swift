/// Why a model file could not be loaded.
public enum NERModelError: Error, Equatable, Sendable {
    /// The bundled model resource is not in the module's bundle.
    case resourceMissing
    /// The file could not be read (the underlying error's description).
    case unreadable(String)
    /// The file does not start with the model magic bytes.
    case badMagic
    /// The file's format version is not one this code reads.
    case unsupportedVersion(UInt32)
    /// The file was written for other feature templates or tag set; retrain.
    case incompatibleFeatures
    /// The file ends before the data it declares.
    case truncated
    /// The checksum does not match the contents (the file is corrupt).
    case checksumMismatch
    /// A field holds an impossible value.
    case invalidContent(String)
}

/// An extraction encodes as one object with the document name, a table of the sentences
/// it cites, its entities (label, type, confidence, attributes, mentions) and its relations;
/// mentions and relations refer to sentences by position. Decoding gives back an equal
/// value (doubles included, with an encoder that writes them in shortest round-trip form,
/// as `JSONEncoder` does) and rejects records whose positions or ranges are out of bounds.
extension DocumentExtraction: Codable {
    /// Encodes the extraction in its compact record form.
    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
    }

    /// Decodes an extraction, throwing `DecodingError.dataCorrupted` when a position or
    /// range in the record is out of bounds.
    public init(from decoder: any Decoder) throws {
        let record = try Record(from: decoder)
        do {
            try self.init(record: record)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
}

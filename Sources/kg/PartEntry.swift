import Extraction

/// One document line of a part file: a document's extraction, before resolution across
/// documents, and its position among all the input files (which orders the merge).
struct PartEntry: Codable {
    /// The position of the document's file in the collection order of all inputs, from 0.
    var index: Int
    /// What the per-document stage extracted from it.
    var extraction: DocumentExtraction
}

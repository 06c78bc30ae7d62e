/// A document split into sentences and tokens: the first stage of extraction.
public struct AnalyzedDocument: Sendable {
    /// The document.
    public let document: Document
    /// The document text as Unicode scalars; every offset indexes this array.
    public let scalars: [Unicode.Scalar]
    /// The sentences in order.
    public let sentences: [Sentence]

    /// Splits a document into sentences and tokens.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ document: Document) {
        self.document = document
        self.scalars = document.text.unicodeScalarArray
        self.sentences = SentenceSplitter().sentences(of: scalars)
    }

    /// The text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[start..<end])
    }
}

/// Reads document files into `Document`s: plain text and Markdown as they are but for a leading
/// front matter block, HTML as its visible text; UTF-8 repaired, line endings made LF, binary
/// and oversized files refused. The publication date comes from the front matter or the page's
/// metadata (see `FrontMatter`, `HTMLPublicationDateFinder`).
public struct DocumentReader: Hashable, Sendable {
    /// The default `maximumFileSize`: 50 MiB.
    public static let defaultMaximumFileSize = 50 * 1024 * 1024

    /// The default `maximumTextLength`: 2,000,000 characters.
    public static let defaultMaximumTextLength = 2_000_000

    /// Files larger than this many bytes are refused.
    public var maximumFileSize: Int
    /// Documents whose text (for HTML, the visible text) has more Unicode scalars than this
    /// are refused. Extraction takes about 5 s a million characters in a release build and
    /// several times that in a debug build; a long news feature has some 100,000 characters,
    /// so a longer text is a dump, a book or no prose at all.
    public var maximumTextLength: Int

    /// Creates a reader refusing files larger than `maximumFileSize` bytes and documents
    /// with more than `maximumTextLength` characters of text.
    public init(maximumFileSize: Int = DocumentReader.defaultMaximumFileSize,
                maximumTextLength: Int = DocumentReader.defaultMaximumTextLength) {
        self.maximumFileSize = maximumFileSize
        self.maximumTextLength = maximumTextLength
    }

    /// Reads `file` in the format its extension names (plain text for unknown extensions).
    /// A front matter block opening a plain text or Markdown file is metadata, not article
    /// text: it is removed, with the blank lines after it, so the document's text (and every
    /// offset into it) starts at the article's first character.
    /// A file without text gives no document and an `.empty` warning; a text longer than
    /// `maximumTextLength` is refused with `.tooLong`.
    public func read(_ file: InputFile) throws(DocumentReadError) -> DocumentReadResult {
        let bytes = try contents(of: file.path)
        guard !BinaryContentDetector.isBinary(bytes) else { throw .binaryContent(path: file.path) }

        let decoded = TextDecoding.decode(bytes)
        var warnings: [DocumentReadWarning] = []
        if decoded.repairedSequences > 0 {
            warnings.append(.invalidUTF8(path: file.path, replacedSequences: decoded.repairedSequences))
        }

        let text: String
        let publicationDate: PublicationDate?
        switch file.format {
        case .plain, .markdown:
            let frontMatter = FrontMatter(splitting: decoded.text)
            text = frontMatter?.body ?? decoded.text
            publicationDate = frontMatter?.publicationDate
        case .html:
            let size = decoded.text.utf8.count
            guard size <= HTMLParser.maximumInputSize else {
                throw .tooLarge(path: file.path, size: size, limit: HTMLParser.maximumInputSize)
            }
            (text, publicationDate) = HTMLParser.withTopLevelNodes(of: decoded.text) { nodes in
                (HTMLTextExtractor.visibleText(of: nodes), HTMLPublicationDateFinder.publicationDate(in: nodes))
            } ?? ("", nil)
        }

        let length = text.unicodeScalarCount
        guard length <= maximumTextLength else { throw .tooLong(path: file.path, length: length, limit: maximumTextLength) }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            warnings.append(.empty(path: file.path))
            return DocumentReadResult(document: nil, warnings: warnings)
        }
        let document = Document(name: file.name, text: text, format: file.format, publicationDate: publicationDate?.iso8601)
        return DocumentReadResult(document: document, warnings: warnings)
    }

    /// The bytes of the file at `path`, within `maximumFileSize`.
    private func contents(of path: String) throws(DocumentReadError) -> [UInt8] {
        do {
            return try FileSystem.contents(of: path, limit: maximumFileSize)
        } catch {
            switch error {
            case .system(let failure): throw .unreadable(path: path, reason: failure.reason)
            case .notRegularFile: throw .unreadable(path: path, reason: "not a regular file")
            case .tooLarge(let size): throw .tooLarge(path: path, size: size, limit: maximumFileSize)
            }
        }
    }
}

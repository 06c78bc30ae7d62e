import Foundation
import Graph

extension GraphMLWriter {
    /// Renders the document piece by piece on the calling thread and `jobs` − 1
    /// helper threads, and hands the pieces' bytes to `output` in document order
    /// on the calling thread while the helpers render the next ones; at most
    /// `jobs * 8` pieces are rendered ahead of the one written.
    ///
    /// A piece is a run of records (nodes, then edges). The first piece also
    /// holds the declaration, the keys and the `<graph>` start tag; the last
    /// also holds the closing tags. Every other piece is written by a libxml2
    /// writer inside a bare `<graphml><graph>` frame, so that its records get
    /// the indentation they have in the whole document; what the frame wrote
    /// before the records is dropped, and so are the `>` and line break that
    /// close the frame's `<graph` tag (the first piece closed the real one,
    /// and every record ends its own line).
    ///
    /// When `output` throws, no further piece is started and the error is
    /// rethrown once the pieces being rendered are done.
    ///
    /// - Complexity: O(*n* log *n* + *r* log *r* + *s*) for *n* entities,
    ///   *r* relations and *s* bytes of output, spread over `jobs` threads.
    func emit(_ graph: KnowledgeGraph, to output: ([UInt8]) throws(ExportError) -> Void) throws(ExportError) {
        let layout = GraphMLLayout(graph: graph, jobs: jobs)
        let (whole, rest) = layout.recordCount.quotientAndRemainder(dividingBy: recordsPerPiece)
        let pieceCount = max(1, whole + (rest > 0 ? 1 : 0))
        let records = recordsPerPiece
        let renderPiece = { @Sendable (piece: Int) -> Result<[UInt8], ExportError> in
            let start = piece * records
            let range = start..<start + min(records, layout.recordCount - start)
            return Result { () throws(ExportError) in
                try Self.piece(range, isFirst: piece == 0, isLast: piece == pieceCount - 1, of: layout)
            }
        }
        let pipeline = OrderedPipeline<Result<[UInt8], ExportError>>(count: pieceCount, window: jobs * 8)
        let helpers = DispatchGroup()
        for _ in 1..<min(jobs, pieceCount) {
            helpers.enter()
            Thread.detachNewThread {
                while let piece = pipeline.claim() { pipeline.store(renderPiece(piece), at: piece) }
                helpers.leave()
            }
        }
        defer {
            pipeline.cancel()
            helpers.wait()
        }
        var next = 0
        while next < pieceCount {
            switch pipeline.takeOrClaim(next) {
            case .take(let rendered):
                try output(rendered.get())
                next += 1
            case .make(let piece):
                pipeline.store(renderPiece(piece), at: piece)
            }
        }
    }

    /// The bytes of one piece: the records in `records`, framed as the class comment says.
    private static func piece(_ records: Range<Int>, isFirst: Bool, isLast: Bool,
                              of layout: GraphMLLayout) throws(ExportError) -> [UInt8] {
        let writer = try XMLTextWriter()
        let start: Int
        if isFirst {
            try layout.writeHeader(to: writer)
            start = 0
        } else {
            try writer.startElement("graphml")
            try writer.startElement("graph")
            start = try writer.flush()
        }
        for record in records { try layout.writeRecord(record, to: writer) }
        if isLast { try writer.endDocument() }
        let end = try writer.flush()
        guard !isFirst else { return writer.bytes(in: start..<end) }
        let frameEnd = Array(">\n".utf8)
        precondition(writer.bytes(in: start..<start + frameEnd.count) == frameEnd,
                     "a piece's records start by closing the frame's <graph tag and its line")
        return writer.bytes(in: start + frameEnd.count..<end)
    }
}

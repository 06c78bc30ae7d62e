import CLibXML2
import Foundation
import Graph

extension GraphMLReader {
    /// The knowledge graph of a large GraphML file read in parts on `parts`
    /// threads, each taking the next part when done (`partsPerThread` parts
    /// each), or `nil` when the file cannot be read that way; the caller then
    /// reads it in one pass, which also gives any error its message and line.
    ///
    /// Parts meet in a `GraphMLPartAssembly`: a part resolves its edges with
    /// the nodes published so far and puts its relations into the one table
    /// as soon as it is read, while the other threads go on reading.
    ///
    /// The file is cut just before `<node` or `<edge` start tags. The first
    /// part reads the file up to the first cut; each other part reads the
    /// file's head (everything before its first node or edge: prolog, keys and
    /// the main graph's start tag) and then its own bytes. A cut counts only if
    /// the parser reading up to it stands between two records of the main graph
    /// with nothing but white space unparsed, and the part after it stands
    /// there after the head: both then go on from the same state, so every
    /// record is read exactly as in one pass. Any error, a cut that does not
    /// count, or a node or edge id found in two parts gives `nil`.
    ///
    /// - Complexity: O(*s* / *t*) time on each of *t* threads for a file of *s*
    ///   bytes, plus merging the parts.
    func graphInParts(_ source: GraphMLSource, path: String) -> KnowledgeGraph? {
        guard let cuts = Self.cuts(in: source, parts: parts * Self.partsPerThread, minimumPartSize: minimumPartSize,
                                   halvingLast: parts) else {
            return nil
        }
        let count = cuts.starts.count
        let ends = Array(cuts.starts.dropFirst()) + [source.count]
        let assembly = GraphMLPartAssembly(fileSize: source.count, partCount: count)
        xmlInitParser()
        let read = concurrentResults(count, workers: parts) { index -> PartResult? in
            let isFirst = index == 0, isLast = index == count - 1
            var segments = isFirst ? [] : [GraphMLPushParser.Segment(range: 0..<cuts.headEnd, endsBetweenRecords: true)]
            segments.append(GraphMLPushParser.Segment(range: cuts.starts[index]..<ends[index], endsBetweenRecords: !isLast))
            let part = readPart(segments, of: source, endsDocument: isLast, path: path, index: index, assembly: assembly)
            assembly.finishReading(index, entities: part?.sink.entities, entityIDs: part?.sink.entityIDs)
            assembly.addEntitiesRead()
            guard let part else { return nil }
            let publishedNodes = !part.sink.entityIDs.isEmpty
            resolveAndInsert(part.sink, partSize: ends[index] - cuts.starts[index], into: assembly)
            if publishedNodes {
                for sink in assembly.takeWaiting() { resolveAndInsert(sink, partSize: 0, into: assembly) }
            }
            return part
        }
        let parts = read.compactMap { $0 }
        guard parts.count == count, Self.haveDistinctNodeIDs(parts), Self.haveDistinctEdgeIDs(parts) else {
            return nil
        }
        let nodeMaps = parts.map(\.sink.entityIDs).filter { !$0.isEmpty }
        let resolved = concurrentResults(parts.count) { index in
            !parts[index].sink.hasPendingEdges
                || (try? parts[index].sink.resolvePending(with: nodeMaps, requiringAll: true)) != nil
        }
        guard !resolved.contains(false) else { return nil }
        for part in parts { assembly.insert(part.sink.takeRelations(), partSize: 0) }
        return assembly.takeGraph()
    }

    /// Resolves the edges of a part read with the node maps published so far
    /// and puts its relations into the assembly's table; a part whose edges
    /// still wait for nodes is set aside until a part publishes some.
    private func resolveAndInsert(_ sink: KnowledgeGraphSink, partSize: Int, into assembly: GraphMLPartAssembly) {
        while true {
            let (maps, publications) = assembly.publishedNodeMaps()
            guard (try? sink.resolvePending(with: [sink.entityIDs] + maps, requiringAll: false)) != nil else {
                assembly.fail()
                return
            }
            assembly.insert(sink.takeRelations(), partSize: partSize)
            if !sink.hasPendingEdges || assembly.wait(sink, resolvedWith: publications) { return }
        }
    }

    /// How many parts each thread reads, one after the other: with several,
    /// a thread that is done early takes another part instead of waiting, and
    /// the relations of the parts done go into the graph while the others are read.
    static let partsPerThread = 8

    /// What one part read. Sendable to hand it between the threads of
    /// `concurrentResults`; each part's sink is used by one thread at a time.
    private struct PartResult: @unchecked Sendable {
        let sink: KnowledgeGraphSink
        let edgeIDs: EdgeIDSet
    }

    /// Reads part `index` on the calling thread, publishing its nodes to
    /// `assembly` when its edges begin; `nil` on any error or a cut that does not count.
    private func readPart(_ segments: [GraphMLPushParser.Segment], of source: GraphMLSource, endsDocument: Bool,
                          path: String, index: Int, assembly: GraphMLPartAssembly) -> PartResult? {
        let log = XMLErrorLog()
        let sink = KnowledgeGraphSink()
        sink.nodesBeforeFirstEdge = { assembly.publish($0, of: index) }
        return try? log.capturing { () throws(GraphMLReadError) -> PartResult? in
            let builder = GraphMLRecordBuilder(path: path, maximumTextLength: limits.maximumTextLength, sink: sink)
            let parser = GraphMLPushParser(builder: builder, log: log, path: path, limits: limits)
            guard try parser.parse(segments, of: source, endsDocument: endsDocument) else { return nil }
            var finished = parser.builder
            if endsDocument { try finished.finish() }
            return PartResult(sink: sink, edgeIDs: finished.edgeIDs)
        }
    }

    /// Whether no node id is in two parts (each part's own ids are distinct:
    /// its builder checked them).
    ///
    /// - Complexity: O(*n*) on average in the node ids of all parts but the one with most.
    private static func haveDistinctNodeIDs(_ parts: [PartResult]) -> Bool {
        let maps = parts.map(\.sink.entityIDs).filter { !$0.isEmpty }.sorted { $0.count < $1.count }
        return maps.indices.allSatisfy { index in
            maps[(index + 1)...].allSatisfy { larger in maps[index].keys.allSatisfy { larger[$0] == nil } }
        }
    }

    /// Whether no edge id is in two parts (each part's own ids are distinct:
    /// its builder checked them). Every pair of parts is compared on its own thread.
    ///
    /// - Complexity: O(*e*) on average in the edge ids, spread over the threads.
    private static func haveDistinctEdgeIDs(_ parts: [PartResult]) -> Bool {
        let pairs = parts.indices.flatMap { first in parts.indices.filter { $0 > first }.map { (first, $0) } }
        let clashes = concurrentResults(pairs.count) { index in
            !parts[pairs[index].0].edgeIDs.isDisjoint(with: parts[pairs[index].1].edgeIDs)
        }
        return !clashes.contains(true)
    }

    /// Where to cut `source` into at most `parts` equal parts of at least
    /// `minimumPartSize` bytes, the last `halvingLast` of them cut in two more
    /// (so that the threads finish close together and little is left for the
    /// end): the end of the head (the first record's start tag) and the start
    /// of each part (the first at 0); `nil` when the file is too small for two
    /// parts or has no record start to cut at.
    ///
    /// - Complexity: O(*s*) in the bytes scanned, usually a few per cut.
    static func cuts(in source: GraphMLSource, parts: Int, minimumPartSize: Int,
                     halvingLast: Int = 0) -> (headEnd: Int, starts: [Int])? {
        let count = min(parts, source.count / max(minimumPartSize, 1))
        guard count >= 2, let headEnd = source.recordStart(from: 0) else { return nil }
        let size = source.count / count
        let halved = count - min(max(halvingLast, 0), count)
        let targets = (1..<count).map { $0 * size } + (halved..<count).map { $0 * size + size / 2 }
        var starts = [0]
        for offset in targets.sorted() {
            let target = max(offset, headEnd + 1, starts.last! + 1)
            guard target < source.count, let start = source.recordStart(from: target) else { break }
            starts.append(start)
        }
        return starts.count >= 2 ? (headEnd, starts) : nil
    }
}

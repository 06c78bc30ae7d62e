import Foundation

extension Extractor {
    /// Extracts many documents on up to `jobs` threads straight into one graph builder:
    /// each thread adds its documents to a builder of its own, and the builders are
    /// merged at the end. The graph is the same whatever the number of jobs, and each
    /// document and its extraction are let go once added.
    ///
    /// - Parameter finished: called once per finished document, from any thread.
    /// - Complexity: O(*n*) in the total length of the documents, divided among the jobs.
    public func build(_ documents: consuming [Document], jobs: Int, finished: (@Sendable () -> Void)? = nil) -> GraphBuilder {
        let inputs = ResultSlots<Document>(filledWith: documents)
        return build(count: inputs.count, jobs: jobs, finished: finished) { inputs.take(at: $0) }
    }

    /// Reads `files` with `reader` and extracts them on up to `jobs` threads straight into
    /// one graph builder, as `build(_:jobs:finished:)` does: no more than `jobs` texts are
    /// held at once. Documents that do not state their publication day take `defaultDate`
    /// (`YYYY-MM-DD`), if given.
    ///
    /// - Parameter finished: called once per file read or found unreadable, from any thread.
    /// - Returns: the builder, and the files' problems in file order, as `DocumentReader.readAll` lists them.
    /// - Complexity: O(*n*) in the total size of the files, divided among the jobs.
    public func build(reading files: [InputFile], with reader: DocumentReader, defaultDate: String? = nil, jobs: Int,
                      finished: (@Sendable () -> Void)? = nil) -> (builder: GraphBuilder, problems: [InputProblem]) {
        let problems = ResultSlots<[InputProblem]>(count: files.count)
        let builder = build(count: files.count, jobs: jobs, finished: finished) { index in
            do throws(DocumentReadError) {
                let result = try reader.read(files[index])
                problems.store(result.warnings.map { InputProblem(path: $0.path, severity: .warning, message: $0.reason) }, at: index)
                guard var document = result.document else { return nil }
                if document.publicationDate == nil { document.publicationDate = defaultDate }
                return document
            } catch {
                problems.store([InputProblem(path: error.path, severity: .error, message: error.reason)], at: index)
                return nil
            }
        }
        return (builder, problems.values.flatMap { $0 })
    }

    /// Extracts the documents `document(0..<count)` gives (skipping `nil`) on up to `jobs`
    /// threads, each into a builder of its own, and merges the builders.
    private func build(count: Int, jobs: Int, finished: (@Sendable () -> Void)?,
                       document: @Sendable (Int) -> Document?) -> GraphBuilder {
        let claims = WorkCounter()
        let workers = max(1, min(jobs, count))
        let builders = ResultSlots<GraphBuilder>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var builder = GraphBuilder()
            while let index = claims.claim(below: count) {
                if let document = document(index) { builder.add(extract(document)) }
                finished?()
            }
            builders.store(builder, at: worker)
        }
        var builder = builders.take(at: 0)
        for worker in 1..<workers { builder.merge(builders.take(at: worker)) }
        return builder
    }
}

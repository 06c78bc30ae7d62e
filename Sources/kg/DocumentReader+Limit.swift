import Extraction

extension DocumentReader {
    /// Reads the documents under `inputs` as `readAll(_:)` does, but stops once
    /// `maximumDocuments` documents were read (files that give no document, such
    /// as empty ones, do not count); `skippedFiles` is how many document files
    /// were left unread. Without a maximum, everything is read, `jobs` files at once.
    ///
    /// - Complexity: O(*f*) in the files read.
    func readAll(_ inputs: [String], maximumDocuments: Int?, jobs: Int)
        -> (documents: [Document], problems: [InputProblem], skippedFiles: Int) {
        guard let maximumDocuments else {
            let (documents, problems) = readAll(inputs, jobs: jobs)
            return (documents, problems, 0)
        }
        let collection = InputCollector.collect(inputs)
        var documents: [Document] = []
        var problems = collection.errors.map { InputProblem(path: $0.path, severity: .error, message: $0.reason) }
        for (position, file) in collection.files.enumerated() {
            guard documents.count < maximumDocuments else {
                return (documents, problems, collection.files.count - position)
            }
            do {
                let result = try read(file)
                problems += result.warnings.map { InputProblem(path: $0.path, severity: .warning, message: $0.reason) }
                if let document = result.document { documents.append(document) }
            } catch {
                problems.append(InputProblem(path: error.path, severity: .error, message: error.reason))
            }
        }
        return (documents, problems, 0)
    }
}

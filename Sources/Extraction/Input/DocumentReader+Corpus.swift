import Foundation

extension DocumentReader {
    /// Reads every document under `inputs` (files and folders, see `InputCollector`).
    /// Every input or file that cannot be used becomes a problem and the rest is still read.
    /// Documents come in collection order; problems list the unusable inputs first, then
    /// each file's problems in the same order as the documents.
    ///
    /// - Parameter jobs: how many files are read at once; the result is the same for any number.
    /// - Complexity: O(*n*) in the total size of the files, divided among the jobs.
    public func readAll(_ inputs: [String], jobs: Int = 1) -> (documents: [Document], problems: [InputProblem]) {
        let collection = InputCollector.collect(inputs)
        var documents: [Document] = []
        var problems = collection.errors.map {
            InputProblem(path: $0.path, severity: .error, message: $0.reason)
        }
        let files = collection.files
        let results = ResultSlots<Result<DocumentReadResult, DocumentReadError>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            while let index = results.claim(below: files.count) {
                results.store(Result { () throws(DocumentReadError) in try read(files[index]) }, at: index)
            }
        }
        for outcome in results.values {
            do {
                let result = try outcome.get()
                problems += result.warnings.map {
                    InputProblem(path: $0.path, severity: .warning, message: $0.reason)
                }
                if let document = result.document { documents.append(document) }
            } catch {
                problems.append(InputProblem(path: error.path, severity: .error, message: error.reason))
            }
        }
        return (documents, problems)
    }
}

extension DocumentReader {
    /// Reads every document under `inputs` (files and folders, see `InputCollector`).
    /// Every input or file that cannot be used becomes a problem and the rest is still read.
    /// Documents come in collection order; problems list the unusable inputs first, then
    /// each file's problems in the same order as the documents.
    public func readAll(_ inputs: [String]) -> (documents: [Document], problems: [InputProblem]) {
        let collection = InputCollector.collect(inputs)
        var documents: [Document] = []
        var problems = collection.errors.map {
            InputProblem(path: $0.path, severity: .error, message: $0.reason)
        }
        for file in collection.files {
            do {
                let result = try read(file)
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

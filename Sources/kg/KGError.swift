import ArgumentParser

/// Failures of the `kg` command, each with a message for the user.
enum KGError: Error, CustomStringConvertible {
    /// None of the inputs gave a readable document.
    case noDocuments([String])
    /// An output file could not be written.
    case output(String)
    /// A graph file could not be read, or it lacks what was asked for.
    case input(String)

    var description: String {
        switch self {
        case .noDocuments(let inputs): return "no readable document in \(inputs.joined(separator: ", "))"
        case .output(let message), .input(let message): return message
        }
    }
}

/// Exit statuses of `kg`.
enum KGExit {
    /// Everything was read and written.
    static let success: Int32 = 0
    /// The run failed; nothing was written.
    static let failure: Int32 = 1
    /// The output was written, but some inputs could not be read.
    static let partial: Int32 = 3
}

import ArgumentParser
import Extraction

/// Parsing of the `--date` option.
enum DateOption {
    /// The publication day given on the command line.
    static func parse(_ text: String) throws -> PublicationDate {
        guard let date = PublicationDate(parsing: text) else {
            throw ValidationError("--date takes a calendar day such as 2024-11-27, not '\(text)'")
        }
        return date
    }
}

import Foundation
import Testing

/// Runs a Python check script on written files, with what the graph should
/// hold passed as `expected.json` in the same folder (the last argument).
enum PythonScript {
    /// Writes `expected` as JSON next to the files, runs `script` with `arguments`
    /// and the expectation's path, and expects a clean exit with no error output.
    static func check(_ script: String, arguments: [String], expected: [String: Any], in folder: URL,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let python = try #require(ExternalTool.path(of: "python3"), "python3 is not installed; CI must install it")
        let expectedURL = folder.appendingPathComponent("expected.json")
        try JSONSerialization.data(withJSONObject: expected).write(to: expectedURL)
        let outcome = try ExternalTool.run(python, ["-c", script] + arguments + [expectedURL.path])
        #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)", sourceLocation: sourceLocation)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)", sourceLocation: sourceLocation)
    }
}

/// libFuzzer's entry point for the GraphML reader: the input is read with
/// `GraphMLReader.document(from:)` and `graph(from:)` (see `GraphMLFuzzPipeline`).
/// Errors are fine; the two must agree, and a graph read must survive writing as
/// DOT and GraphML and reading back; otherwise the target stops with the reason,
/// which libFuzzer reports as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    switch GraphMLFuzzPipeline.run(input) {
    case .refused, .document:
        return 0
    case .inconsistent(_, let error):
        fatalError("FuzzGraphML: graph(from:) read a graph from bytes document(from:) refuses: \(error)")
    case .graph(let graph):
        let violations = ExportRoundTrip.violations(of: graph)
        if !violations.isEmpty {
            fatalError("FuzzGraphML: " + violations.joined(separator: "\n"))
        }
        return 0
    }
}

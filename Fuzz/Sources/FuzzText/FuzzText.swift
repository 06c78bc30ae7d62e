/// libFuzzer's entry point for the text pipeline: the input is a document file whose
/// first byte chooses `.txt`, `.md` or `.html` (see `TextFuzzPipeline`). The graph it
/// gives must be sound, the graph builder's must carry what the assembler's does, and
/// the built graph (what kg writes) must survive writing as DOT and GraphML and reading back;
/// otherwise the target stops with the reason, which libFuzzer reports as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let outcome: TextFuzzPipeline.Outcome
    do {
        outcome = try TextFuzzPipeline.run(input)
    } catch {
        fatalError("FuzzText: cannot write the temporary input file: \(error)")
    }
    guard case .graph(let document, let graph, let built) = outcome else { return 0 }
    let violations = TextFuzzPipeline.violations(in: graph, of: document)
        + TextFuzzPipeline.differences(built: built, full: graph) + ExportRoundTrip.violations(of: built)
    if !violations.isEmpty {
        fatalError("FuzzText: " + violations.joined(separator: "\n"))
    }
    return 0
}

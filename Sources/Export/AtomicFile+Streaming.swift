extension AtomicFile {
    /// Replaces the file with the text `body` writes to a `BufferedFileOutput`
    /// on the temporary file, flushed once `body` returns; the file is never
    /// held in memory beyond the output's buffer.
    ///
    /// - Complexity: O(*s*) in the bytes written, in O(1) extra memory.
    func stream(_ body: (inout BufferedFileOutput) throws(ExportError) -> Void) throws(ExportError) {
        let path = url.path
        try write { descriptor throws(ExportError) in
            var output = BufferedFileOutput(descriptor: descriptor, path: path)
            try body(&output)
            try output.flush()
        }
    }
}

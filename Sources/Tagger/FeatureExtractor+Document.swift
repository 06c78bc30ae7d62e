extension FeatureExtractor {
    /// The features of every sentence of a document, one flat array per sentence.
    ///
    /// Document-level evidence (``DocumentEvidence``) is gathered over all sentences first.
    /// - Complexity: O(n) in the number of tokens.
    func features(document: [[String]]) -> [[UInt32]] {
        var infos: [TokenInfo] = []
        infos.reserveCapacity(document.reduce(0) { $0 + $1.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(document.count)
        for sentence in document {
            let start = infos.count
            for token in sentence { infos.append(TokenInfo(token)) }
            ranges.append(start..<infos.count)
        }
        let sentences = ranges.map { infos[$0] }
        let styles = sentences.map(SentenceStyle.init)
        let evidence = DocumentEvidence(sentences: sentences, styles: styles)
        return zip(sentences, styles).map { sentence, style in
            var buffer: [UInt32] = []
            extract(sentence, style: style, evidence: evidence, into: &buffer)
            return buffer
        }
    }
}

/// Turns a sentence of analysed tokens into hashed feature indices, exactly
/// ``featuresPerToken`` per token, in table rows `0..<(1 << hashBits)`.
///
/// Every template yields one value per token (a sentinel where a neighbour is missing), so
/// token `i`'s features are `buffer[i * featuresPerToken ..< (i + 1) * featuresPerToken]`.
struct FeatureExtractor: Sendable {
    /// Features per token.
    static let featuresPerToken = 44
    /// Changes whenever templates change, so old model files are rejected.
    static let version: UInt16 = 4

    /// Known names, for list-membership features.
    let gazetteer: Gazetteer
    /// log2 of the number of weight rows.
    let hashBits: Int

    private static let beforeStart = FeatureHash.fnv("<s>")
    private static let beforeStart2 = FeatureHash.fnv("<s2>")
    private static let afterEnd = FeatureHash.fnv("</s>")
    private static let afterEnd2 = FeatureHash.fnv("</s2>")

    /// Appends the features of every token of `sentence` to `buffer`.
    ///
    /// The tokens and the per-token tables are read through buffer pointers, every index
    /// checked against the sentence by its loop, so the hot loop carries no bounds checks.
    /// - Complexity: O(n · maxPhraseLength) in the sentence length.
    func extract(
        _ sentence: ArraySlice<TokenInfo>, style: SentenceStyle, evidence: DocumentEvidence,
        into buffer: inout [UInt32]
    ) {
        let count = sentence.count
        let (gazetteerBegin, gazetteerInside) = gazetteer.matches(sentence)
        let runs = CapitalizedRuns.runs(sentence)
        let listed = sentence.map { gazetteer.words.mask(for: $0.lower) }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count * Self.featuresPerToken))
        sentence.withUnsafeBufferPointer { tokens in
            listed.withUnsafeBufferPointer { listed in
                gazetteerBegin.withUnsafeBufferPointer { gazetteerBegin in
                    gazetteerInside.withUnsafeBufferPointer { gazetteerInside in
                        buffer.withUnsafeMutableBufferPointer { out in
                            extract(tokens, style: style, evidence: evidence, runs: runs, listed: listed,
                                    gazetteer: (gazetteerBegin, gazetteerInside), into: out, from: start)
                        }
                    }
                }
            }
        }
    }

    /// Writes the features of `tokens` into `out` from `slot` on; the other buffers hold
    /// one entry per token.
    private func extract(
        _ tokens: UnsafeBufferPointer<TokenInfo>, style: SentenceStyle, evidence: DocumentEvidence,
        runs: [Range<Int>?], listed: UnsafeBufferPointer<UInt8>,
        gazetteer: (begin: UnsafeBufferPointer<UInt8>, inside: UnsafeBufferPointer<UInt8>),
        into out: UnsafeMutableBufferPointer<UInt32>, from start: Int
    ) {
        let count = tokens.count
        precondition(runs.count == count && listed.count == count && gazetteer.begin.count == count
                     && gazetteer.inside.count == count && start + count * Self.featuresPerToken <= out.count,
                     "one entry per token and room for every feature")
        let shift = UInt64(64 - hashBits)
        let styleCode = UInt64(style.rawValue)
        func listedAt(_ position: Int) -> UInt64 {
            position < 0 || position >= count ? 0 : UInt64(listed[position] >> 5)
        }
        func word(_ offset: Int, _ i: Int) -> UInt64 {
            let position = i &+ offset
            if position < 0 { return offset == -1 ? Self.beforeStart : Self.beforeStart2 }
            if position >= count { return offset == 1 ? Self.afterEnd : Self.afterEnd2 }
            return tokens[position].lower
        }
        func shape(_ offset: Int, _ i: Int) -> UInt64 {
            let position = i &+ offset
            if position < 0 { return offset == -1 ? Self.beforeStart : Self.beforeStart2 }
            if position >= count { return offset == 1 ? Self.afterEnd : Self.afterEnd2 }
            return tokens[position].shortShape
        }
        func capital(_ position: Int) -> UInt64 {
            position < 0 || position >= count ? 7 : UInt64(tokens[position].capitalization.rawValue)
        }

        var slot = start
        for i in 0..<count {
            let token = tokens[i]
            let first: UInt64 = i == 0 ? 1 : 0
            let cap = UInt64(token.capitalization.rawValue)
            let capitalized: UInt64 = token.capitalization.isCapitalized ? 1 : 0
            var template: UInt64 = 0
            @inline(__always) func emit(_ value: UInt64) {
                let hash = FeatureHash.combine(template &* 0x9e37_79b9_7f4a_7c15 &+ 0x51, value)
                out[slot] = UInt32(truncatingIfNeeded: hash >> shift)
                slot &+= 1
                template &+= 1
            }
            let w0 = token.lower, wm1 = word(-1, i), wp1 = word(1, i)
            let s0 = token.shortShape, sm1 = shape(-1, i), sp1 = shape(1, i)

            /// The neighbours of a value one and two tokens away, and the pairs it forms with the nearest.
            @inline(__always) func emitWindow(_ center: UInt64, _ left: UInt64, _ right: UInt64, _ left2: UInt64, _ right2: UInt64) {
                emit(left)
                emit(right)
                emit(left2)
                emit(right2)
                emit(FeatureHash.combine(left, center))
                emit(FeatureHash.combine(center, right))
            }

            emit(0)
            emit(w0)
            emit(token.exact)
            emitWindow(w0, wm1, wp1, word(-2, i), word(2, i))
            emit(token.shape)
            emit(s0)
            emitWindow(s0, sm1, sp1, shape(-2, i), shape(2, i))
            emit(FeatureHash.combine(FeatureHash.combine(sm1, s0), sp1))
            emit(token.prefixes[0])
            emit(token.prefixes[1])
            emit(token.prefixes[2])
            emit(token.prefixes[3])
            emit(token.suffixes[0])
            emit(token.suffixes[1])
            emit(token.suffixes[2])
            emit(token.suffixes[3])
            emit(cap | first << 3 | styleCode << 4)
            emit(UInt64(token.flags.rawValue))
            emit(cap | evidence.code(for: token, position: i, style: style) << 3 | first << 5 | styleCode << 6)
            emit(UInt64(gazetteer.begin[i]) | capitalized << 8)
            emit(UInt64(gazetteer.inside[i]) | capitalized << 8)
            emit(UInt64(listed[i]) | capitalized << 8 | styleCode << 9)
            emit(listedAt(i - 1) | listedAt(i) << 3 | listedAt(i + 1) << 6 | capitalized << 9 | first << 10)
            emit(FeatureHash.combine(wm1, s0))
            emit(FeatureHash.combine(s0, wp1))
            emit(token.lengthClass | cap << 3)
            emit(capital(i - 1) | cap << 3 | capital(i + 1) << 6 | styleCode << 9)
            emit(FeatureHash.combine(w0, first))
            let namePart = evidence.namePartCode(for: token, position: i, run: runs[i], style: style)
            emit(cap | namePart << 3 | UInt64(min(runs[i]?.count ?? 0, 3)) << 5 | first << 7)
            if let run = runs[i] {
                let place: UInt64 = run.count == 1 ? 1 : i == run.lowerBound ? 2 : i == run.upperBound - 1 ? 4 : 3
                emit(UInt64(min(run.count, 5)) | place << 3 | first << 6)
                emit(FeatureHash.combine(tokens[run.upperBound - 1].lower, place))
                emit(FeatureHash.combine(tokens[run.lowerBound].lower, place))
                emit(FeatureHash.combine(word(run.lowerBound - 1 - i, i), place))
                emit(FeatureHash.combine(word(run.upperBound - i, i), place))
            } else {
                for _ in 0..<5 { emit(0) }
            }
            assert(slot == start + (i + 1) * Self.featuresPerToken, "every token has featuresPerToken features")
        }
    }
}

import Graph
import Tagger

/// Finds the names in a document: runs of capitalised words, cleaned of titles,
/// sentence-initial function words and calendar words, with evidence for
/// their type from the words inside and around them.
///
/// Headings are not searched by capitals (every word is capitalised there);
/// names found in the body are looked for in them afterwards.
struct NameFinder: Sendable {
    let lexicon: Lexicon
    /// The statistical tagger whose spans and labels join the evidence, if any.
    let model: NERModel?

    /// The name spans of a document, sorted by position, not overlapping.
    ///
    /// - Complexity: O(*n* · *k*) for *n* tokens and names of at most *k* tokens.
    func spans(in analyzed: AnalyzedDocument) -> [NameSpan] {
        let lowercaseWords = Set(analyzed.sentences.flatMap { $0.tokens }
            .filter { $0.kind == .word && !$0.hasUppercase }.map(\.text))
        var found: [NameSpan] = []
        // The tagger's spans are mostly the runs again: each run is cleaned once.
        var cleaned: [CleanedRun: NameSpan?] = [:]
        for sentence in analyzed.sentences where !sentence.isHeading {
            for range in runs(in: sentence.tokens) {
                let span = clean(range, in: sentence, analyzed, lowercaseWords: lowercaseWords)
                cleaned[CleanedRun(sentence: sentence.index, tokens: range)] = span
                if let span { found.append(span) }
            }
        }
        if let model {
            let tagged = taggedSpans(in: analyzed, model: model, lowercaseWords: lowercaseWords, cleaned: &cleaned)
            found = combine(rules: found, tagged: tagged, in: analyzed)
        }
        let supported = found.filter { !$0.needsSupport }
        let known = Set(supported.map(\.text))
        var spans = supported
        spans += found.filter { $0.needsSupport && known.contains($0.text) }
        spans += rematch(known: known, in: analyzed, existing: spans)
        return spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    // MARK: The statistical tagger

    /// The spans the tagger finds in the body, cleaned like capitalised runs, with its label as evidence.
    private func taggedSpans(in analyzed: AnalyzedDocument, model: NERModel, lowercaseWords: Set<String>,
                             cleaned: inout [CleanedRun: NameSpan?]) -> [NameSpan] {
        let tagged = model.tag(document: analyzed.sentences.map { $0.tokens.map(\.text) })
        var spans: [NameSpan] = []
        for (sentence, found) in zip(analyzed.sentences, tagged) where !sentence.isHeading {
            for entity in found {
                let run = CleanedRun(sentence: sentence.index, tokens: entity.start..<entity.end)
                if cleaned[run] == nil {
                    cleaned[run] = .some(clean(run.tokens, in: sentence, analyzed, lowercaseWords: lowercaseWords))
                }
                guard var span = cleaned[run]! else { continue }
                guard let type = NameFinder.type(ofLabel: entity.label) else {
                    // MISC: nationalities, languages, events, works. Kept only where the rules
                    // see an event, a work or a platform; otherwise no name at all.
                    if [.event, .work, .platform].contains(span.votes.best) {
                        spans.append(span)
                    } else if entity.confidence >= 0.5 {
                        var veto = span
                        veto.form = .nominal
                        spans.append(veto)
                    }
                    continue
                }
                if type != .person || isPersonShaped(span.text) { span.modelVotes.add(type, entity.confidence) }
                span.needsSupport = span.needsSupport && entity.confidence < 0.5
                spans.append(span)
            }
        }
        return spans
    }

    /// Whether a name could be a person's: no inner capitals ("OpenAI"), no
    /// possessive inside ("Tom's Guide"), and not a lone everyday word unless a given name.
    private func isPersonShaped(_ name: String) -> Bool {
        let shape = Self.capitalShape(of: name)
        if shape.isBrand { return false }
        if Self.hasPossessiveWord(name) { return false }
        if shape.words == 1, lexicon.isCommon(name), !lexicon.firstNames.contains(name), !lexicon.surnames.contains(name) {
            return false
        }
        return true
    }

    /// How many words a name has (split at spaces) and whether one of them is shaped like a
    /// brand: inner capitals past a short particle (De, Di, La, Mc, Mac, O'), as in "OpenAI"
    /// and "DeepMind", or capitals only ("IBM"). ASCII names are read byte by byte (each byte
    /// one character, with no carriage return to pair with a line feed); others by `Character`.
    ///
    /// - Complexity: O(*n*) in the length of the name.
    static func capitalShape(of name: String) -> (isBrand: Bool, words: Int) {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> (isBrand: Bool, words: Int)? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
            func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || (0x61...0x7A).contains(byte) }
            var words = 0, isBrand = false
            for word in bytes.split(separator: 0x20) {
                words += 1
                guard let inner = word.dropFirst().firstIndex(where: isUpper) else { continue }
                if inner - word.startIndex > 3 || word.allSatisfy({ isUpper($0) || !isLetter($0) }) { isBrand = true }
            }
            return (isBrand, words)
        }
        if let shape = ascii ?? nil { return shape }
        let words = name.split(separator: " ")
        let isBrand = words.contains { word in
            guard let inner = word.dropFirst().firstIndex(where: \.isUppercase) else { return false }
            return word.distance(from: word.startIndex, to: inner) > 3 || word.allSatisfy { $0.isUppercase || !$0.isLetter }
        }
        return (isBrand, words.count)
    }

    /// Whether a name has a possessive `'s` (straight or curly) followed by a space
    /// ("Tom's Guide"), found by scanning its scalars rather than by Foundation's substring search.
    ///
    /// - Complexity: O(*n*) in the length of the name.
    static func hasPossessiveWord(_ name: String) -> Bool {
        var previous: (Unicode.Scalar, Unicode.Scalar) = (" ", " ")
        for scalar in name.unicodeScalars {
            if scalar == " ", previous.1 == "s", previous.0 == "'" || previous.0 == "\u{2019}" { return true }
            previous = (previous.1, scalar)
        }
        return false
    }

    /// The project type of a tagger label; MISC says nothing about the type.
    static func type(ofLabel label: String) -> EntityType? {
        switch label {
        case "PER": return .person
        case "ORG": return .organization
        case "LOC": return .location
        case "PROD": return .platform
        case "WORK": return .work
        default: return nil
        }
    }

    /// Unites the spans of the rules and of the tagger. The same span pools its
    /// evidence; a run of capitals that contains the tagger's span keeps its
    /// extent; otherwise the tagger's extent wins. A run the tagger did not tag
    /// stays only with evidence of its own: a cue around it or a second mention.
    ///
    /// Spans only ever overlap or form lists within one sentence, so every comparison is
    /// made among the spans of one sentence: the work grows with the document times the
    /// names of its longest sentence, not with the square of the names in the document.
    private func combine(rules: [NameSpan], tagged: [NameSpan], in analyzed: AnalyzedDocument) -> [NameSpan] {
        let rulesBySentence = Dictionary(grouping: rules.indices) { rules[$0].sentence }
        var result: [NameSpan] = []
        var resultBySentence: [Int: [Int]] = [:]
        var usedRules = Set<Int>()
        for span in tagged {
            var merged = span
            for index in rulesBySentence[span.sentence] ?? [] where rules[index].overlaps(span) {
                usedRules.insert(index)
                let rule = rules[index]
                if rule.start <= span.start && rule.end >= span.end {
                    var widened = rule
                    widened.votes.add(span.votes)
                    widened.modelVotes.add(isPersonShaped(rule.text) ? span.modelVotes : span.modelVotes.removing(.person))
                    widened.needsSupport = rule.needsSupport && span.needsSupport
                    merged = widened
                }
            }
            if !(resultBySentence[merged.sentence] ?? []).contains(where: { result[$0].overlaps(merged) }) {
                resultBySentence[merged.sentence, default: []].append(result.count)
                result.append(merged)
            }
        }
        // Spans the tagger is sure are not names of the ontology's kinds silence the rules there.
        result.removeAll { $0.form == .nominal }
        let kept = Dictionary(grouping: result) { $0.sentence }
        var textCounts: [String: Int] = [:]
        for span in rules { textCounts[span.text, default: 0] += 1 }
        for (sentence, indices) in rulesBySentence {
            let accepted = kept[sentence] ?? []
            let pending = indices.filter { !usedRules.contains($0) && !accepted.contains(where: rules[$0].overlaps) }
            for index in supported(pending, of: rules, accepted: accepted, textCounts: textCounts, in: analyzed) {
                result.append(rules[index])
            }
        }
        return result
    }

    /// The pending runs of one sentence (indices into `rules`, in order) that stay: those with
    /// evidence of their own (a cue, a second mention, inner capitals) and those standing in a
    /// list ("A, B and C") with an accepted or staying span, transitively.
    ///
    /// Two spans in a list have only list words between them, so a pending run is listed only
    /// with its neighbours among the pending runs: support spreads along them in linear time.
    private func supported(_ pending: [Int], of rules: [NameSpan], accepted: [NameSpan], textCounts: [String: Int],
                           in analyzed: AnalyzedDocument) -> [Int] {
        var stays = pending.map { index in
            let span = rules[index]
            return !span.votes.isEmpty || textCounts[span.text, default: 0] > 1
                || span.text.dropFirst().contains(where: \.isUppercase) && !span.text.contains(" ") && !span.text.allSatisfy(\.isUppercase)
                || accepted.contains { areListed(span, $0, in: analyzed) }
        }
        var spreading = stays.indices.filter { stays[$0] }
        while let k = spreading.popLast() {
            for neighbour in [k - 1, k + 1] where pending.indices.contains(neighbour) && !stays[neighbour]
                && areListed(rules[pending[neighbour]], rules[pending[k]], in: analyzed) {
                stays[neighbour] = true
                spreading.append(neighbour)
            }
        }
        return pending.indices.filter { stays[$0] }.map { pending[$0] }
    }

    /// Whether two spans stand next to each other in a list ("A, B and C").
    private func areListed(_ a: NameSpan, _ b: NameSpan, in analyzed: AnalyzedDocument) -> Bool {
        guard a.sentence == b.sentence else { return false }
        let (first, second) = a.start < b.start ? (a, b) : (b, a)
        let gap = analyzed.sentences[a.sentence].tokens[first.tokens.upperBound..<max(first.tokens.upperBound, second.tokens.lowerBound)]
        return !gap.isEmpty && gap.count <= 2 && gap.allSatisfy { [",", "and", "or", "&"].contains($0.text) }
    }

    // MARK: Runs of capitalised words

    private static let connectors: Set<String> = ["of", "for", "de", "del", "la", "le", "von", "van", "der", "du", "da", "&"]

    /// The most tokens a name may have. A longer run of capitalised words is title-case
    /// text (a table row, a list of headings, a line in capitals), not a name, and the tagger
    /// is not followed there either. The limit also bounds matching names against the text
    /// (see `rematch`), whose work grows with their length.
    static let maximumNameTokens = 16

    private func isNameToken(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isPossessive else { return false }
        // compound modifiers such as "AI-driven" or "Paris-based"
        // (a word token never ends with a hyphen nor has two in a row: the tokenizer joins words only)
        if let dash = token.text.utf8Index(ofLast: UInt8(ascii: "-")),
           token.text[token.text.index(after: dash)...].first?.isLowercase == true { return false }
        if token.isCapitalized { return true }
        // camel case such as "iPhone" or "eBay"
        guard let first = token.text.unicodeScalars.first, first.isLowercaseLetter else { return false }
        return token.hasUppercase && token.text.count > 2
    }

    private func runs(in tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard isNameToken(tokens[i]) else { i += 1; continue }
            var j = i + 1
            while j < tokens.count {
                // "Acme CEO Jane Roe": a title between two names ends the first.
                if startsTitledName(at: j, in: tokens) { break }
                if isNameToken(tokens[j]) && tokens[j].start <= tokens[j - 1].end + 1 { j += 1; continue }
                // "Tom's Guide": a given name's possessive inside a title
                if tokens[j].isPossessive, j == i + 1, lexicon.firstNames.contains(tokens[i].text),
                   j + 1 < tokens.count, isNameToken(tokens[j + 1]), tokens[j + 1].start == tokens[j].end + 1 {
                    j += 2
                    continue
                }
                // "Jane Roe of Acme" and "Mayor of Avalon" are not one name; "Bank of Avalon" is.
                let personSoFar = lexicon.firstNames.contains(tokens[i].text)
                    || (j > i + 1 && lexicon.firstNames.contains(tokens[i + 1].text))
                    || (j == i + 1 && WordLists.isPersonTitle(tokens[i].text))
                if NameFinder.connectors.contains(tokens[j].text), !personSoFar, j + 1 < tokens.count, isNameToken(tokens[j + 1]) {
                    j += 2
                    continue
                }
                if tokens[j].text == ".", tokens[j].start == tokens[j - 1].end,
                   WordLists.isPersonTitle(tokens[j - 1].text) || isInitial(tokens[j - 1]),
                   j + 1 < tokens.count, isNameToken(tokens[j + 1]) {
                    j += 2
                    continue
                }
                break
            }
            result.append(i..<j)
            i = j
        }
        return result
    }

    /// Whether a token is a capital letter standing for a name ("Richard A. Lupoff").
    private func isInitial(_ token: Token) -> Bool {
        token.text.count == 1 && token.isCapitalized
    }

    /// Whether a title such as "CEO" or "President" stands at `index` before a given name.
    private func startsTitledName(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard WordLists.isPersonTitle(token.text) else { return false }
        if token.isAllCaps { return true }
        return index + 1 < tokens.count && lexicon.firstNames.contains(tokens[index + 1].text)
    }

    // MARK: Cleaning a run into a name

    /// Whether a token opens its sentence, a clause after a colon, or a quotation.
    private func isSentenceInitial(_ index: Int, in tokens: [Token]) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1].text
        if [":", ";", "\u{2014}", "\u{201C}", "\"", "(", "\u{2018}"].contains(previous) { return true }
        return tokens[..<index].allSatisfy { $0.kind == .punctuation }
    }

    private func clean(_ run: Range<Int>, in sentence: Sentence, _ analyzed: AnalyzedDocument,
                       lowercaseWords: Set<String>) -> NameSpan? {
        let tokens = sentence.tokens
        var lower = run.lowerBound, upper = run.upperBound
        var votes = TypeVotes()
        // Leading function words, titles and calendar words.
        while lower < upper {
            let word = tokens[lower].text
            let folded = word.lowercased()
            let initial = isSentenceInitial(lower, in: tokens)
            if folded == "the" || (initial && WordLists.functionWords.contains(folded)) || WordLists.calendarWords.contains(folded) {
                lower += 1
            } else if WordLists.personTitles.contains(folded) || word == "." {
                let rest = lower + 1 < upper ? tokens[lower + 1] : nil
                let restIsName = rest.map { lexicon.firstNames.contains($0.text) || $0.text == "." } ?? false
                    || (upper - lower >= 3 && tokens[(lower + 1)..<upper].allSatisfy { $0.isCapitalized && !WordLists.organizationSuffixes.contains($0.text) })
                guard restIsName || tokens[lower].isAllCaps || (lower + 1 < upper && tokens[lower + 1].text == ".") else { break }
                if word != "." { votes.add(.person, 2) }
                lower += 1
            } else {
                break
            }
        }
        // "an Israeli AI startup": a place's adjective before a common word or an abbreviation.
        if lower < upper, lexicon.isDemonym(tokens[lower].text),
           upper - lower == 1 || tokens[(lower + 1)..<upper].allSatisfy({ WordLists.nonNameAcronyms.contains($0.text) }) {
            return nil
        }
        if upper - lower > 2, WordLists.nonNameAcronyms.contains(tokens[lower].text),
           NameFinder.connectors.contains(tokens[lower + 1].text) {
            lower += 2
        }
        while upper > lower, WordLists.calendarWords.contains(tokens[upper - 1].text.lowercased())
                || WordLists.connectorsAtEnd.contains(tokens[upper - 1].text) {
            upper -= 1
        }
        // "Acme API": the API of Acme, which is software.
        if upper - lower > 1, ["API", "APIs", "SDK"].contains(tokens[upper - 1].text) {
            upper -= 1
            votes.add(.platform, 2.5)
        }
        guard lower < upper else { return nil }
        let first = tokens[lower], last = tokens[upper - 1]
        let count = upper - lower
        guard count <= NameFinder.maximumNameTokens else { return nil }
        if tokens[lower..<upper].allSatisfy({ WordLists.nonNameAcronyms.contains($0.text) || $0.kind == .punctuation }) {
            return nil
        }
        if count == 1 {
            if let apostrophe = first.text.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
               WordLists.functionWords.contains(first.text[..<apostrophe].lowercased()) { return nil }
            if first.text.count == 1 && !hasPlatformCue(before: lower, in: tokens) { return nil }
            if first.kind == .number { return nil }
        }
        var needsSupport = false
        if count == 1, WordLists.pageFurniture.contains(first.text.lowercased()) || WordLists.isPersonTitle(first.text) {
            return nil
        }
        // "No. 5", "Vol. 2": an abbreviation numbered
        if count == 1, upper + 1 < tokens.count, tokens[upper].text == ".", tokens[upper + 1].kind == .number { return nil }
        if count == 1, lexicon.isCommon(first.text) {
            if isSentenceInitial(lower, in: tokens) { needsSupport = true }
            // "Episode 125", "Chapter 3": a common noun numbered
            if upper < tokens.count, tokens[upper].kind == .number { return nil }
            if first.isCapitalized, lowercaseWords.contains(first.text.lowercased()) { return nil }
        }
        let text = analyzed.text(first.start, last.end)
        voteInside(tokens[lower..<upper], text: text, into: &votes)
        voteContext(tokens, span: lower..<upper, into: &votes)
        return NameSpan(sentence: sentence.index, tokens: lower..<upper, start: first.start, end: last.end,
                        text: text, votes: votes, needsSupport: needsSupport)
    }

    // MARK: Evidence for the type

    private func voteInside(_ tokens: ArraySlice<Token>, text: String, into votes: inout TypeVotes) {
        let words = tokens.filter { $0.kind == .word }
        guard let first = words.first, let last = words.last else { return }
        if WordLists.organizationSuffixes.contains(last.text), words.count > 1 { votes.add(.organization, 3) }
        if WordLists.eventSuffixes.contains(last.text), words.count > 1 { votes.add(.event, 3) }
        if WordLists.workSuffixes.contains(last.text), words.count > 1 { votes.add(.work, 2.5) }
        if lexicon.isLocation(text) { votes.add(.location, 2.5) }
        if words.count >= 3, WordLists.placeHeads.contains(first.text), words[words.startIndex + 1].text == "of" {
            votes.add(.location, 3)
        }
        let nameLike = words.allSatisfy { $0.isCapitalized && !$0.isAllCaps }
        if lexicon.firstNames.contains(first.text), nameLike, (2...3).contains(words.count),
           !WordLists.organizationSuffixes.contains(last.text) {
            votes.add(.person, 3)
        } else if words.count == 1, lexicon.firstNames.contains(first.text), !lexicon.isCommon(first.text) {
            votes.add(.person, 1.5)
        }
    }

    private func hasPlatformCue(before index: Int, in tokens: [Token]) -> Bool {
        index > 0 && WordLists.platformNouns.contains(tokens[index - 1].text.lowercased())
    }

    private func voteContext(_ tokens: [Token], span: Range<Int>, into votes: inout TypeVotes) {
        let before = span.lowerBound > 0 ? tokens[span.lowerBound - 1].text.lowercased() : ""
        let before2 = span.lowerBound > 1 ? tokens[span.lowerBound - 2].text.lowercased() : ""
        let after = span.upperBound < tokens.count ? tokens[span.upperBound].text.lowercased() : ""
        let afterToken = span.upperBound < tokens.count ? tokens[span.upperBound] : nil
        let beforeClasses = WordClasses(of: before)
        // Nouns right before: "the AI platform Hugging Face", "the startup Acme".
        if beforeClasses.contains(.platformNoun) { votes.add(.platform, 3) }
        if beforeClasses.contains(.organizationNoun) { votes.add(.organization, 2) }
        if beforeClasses.contains(.workNoun) { votes.add(.work, 2) }
        if beforeClasses.contains(.personTitle) { votes.add(.person, 2) }
        // "Acme's Widget": a name owned by another name is most often its product.
        if span.lowerBound > 1, tokens[span.lowerBound - 1].isPossessive, tokens[span.lowerBound - 2].isCapitalized {
            votes.add(.platform, 1.2)
        }
        // Nouns right after, or after a possessive: "the Hugging Face platform", "Acme's API".
        var k = span.upperBound
        let possessed = k < tokens.count && tokens[k].isPossessive
        if possessed { k += 1 }
        var seen = 0
        while k < tokens.count, seen < 3, tokens[k].kind == .word, !tokens[k].isCapitalized || tokens[k].isAllCaps {
            let word = tokens[k].text.lowercased()
            let classes = WordClasses(of: word)
            if classes.contains(.platformNoun) { votes.add(.platform, seen == 0 ? 2.5 : 2); break }
            // "Acme's program" is a program Acme has, not a kind of Acme; only "Acme's API" types Acme.
            if possessed {
                // "Acme's board", "Acme's chief executive": only organizations have these.
                if ["board", "unit", "division", "subsidiary", "shares", "stock", "chief", "ceo", "employees", "headquarters", "investors", "founder", "founders"].contains(word) {
                    votes.add(.organization, 2)
                }
                break
            }
            if classes.contains(.organizationNoun) { votes.add(.organization, seen == 0 ? 2.5 : 1.5); break }
            if classes.contains(.workNoun) && seen == 0 { votes.add(.work, 2); break }
            if classes.contains(.eventNoun) && seen == 0 { votes.add(.event, 2); break }
            if word == "director" || word == "author" || word == "star" { votes.add(.work, 2); break }
            if classes.contains(.speechVerb) || word == "is" || word == "has" { break }
            seen += 1
            k += 1
        }
        // "a group calling itself X", "a startup called X", "an app known as X".
        if let noun = namingNoun(before: span.lowerBound, in: tokens) {
            if noun.contains(.organizationNoun) { votes.add(.organization, 2.5) }
            if noun.contains(.platformNoun) { votes.add(.platform, 2.5) }
            if noun.contains(.workNoun) { votes.add(.work, 2.5) }
            if noun.contains(.eventNoun) { votes.add(.event, 2.5) }
        }
        // "API of X", "version of X".
        if before == "of", WordLists.platformNouns.contains(before2) { votes.add(.platform, 2) }
        // Prepositions.
        switch before {
        case "through", "via", "onto": votes.add(.platform, 1)
        case "on": votes.add(.platform, 0.7)
        case "at": votes.add(.organization, 0.5)
        case "in", "from": votes.add(.location, 0.6)
        case "to" where before2 == "according": votes.add(.organization, 1.5)
        default: break
        }
        // Verbs of saying next to a single name point to a person.
        let word = tokens[span.lowerBound].text
        if span.count == 1, beforeClasses.contains(.speechVerb) || WordLists.speechVerbs.contains(after),
           lexicon.firstNames.contains(word) || lexicon.surnames.contains(word) {
            votes.add(.person, 0.8)
        }
        // "Acme chief executive Jane Roe", "Acme CEO Jane Roe": a title after a name makes it the employer.
        if span.upperBound < tokens.count, startsTitledName(at: span.upperBound, in: tokens)
            || (["chief", "founder", "co-founder", "spokesperson", "spokesman", "spokeswoman"].contains(after)) {
            votes.add(.organization, 2.5)
        }
        // "shares of Acme"
        if before == "of", ["shares", "stock", "subsidiary", "unit", "division", "employees", "staff", "investors"].contains(before2) {
            votes.add(.organization, 2)
        }
        // Markdown emphasis around a title: *Avatar*.
        if before == "*" || before == "_", afterToken?.text == before { votes.add(.work, 2.5) }
    }

    /// The lists of the noun a name is given to by "calling itself", "called", "named",
    /// "dubbed" or "known as", looking back over quotes and articles.
    private func namingNoun(before index: Int, in tokens: [Token]) -> WordClasses? {
        var k = index - 1
        func word(_ i: Int) -> String { i >= 0 ? tokens[i].text.lowercased() : "" }
        var current = word(k)
        while k >= 0, tokens[k].kind == .punctuation || current == "the" {
            k -= 1
            current = word(k)
        }
        if ["itself", "themselves", "himself", "herself"].contains(current), ["calling", "call", "calls", "called"].contains(word(k - 1)) {
            k -= 2
        } else if ["called", "named", "dubbed", "titled", "branded"].contains(current) {
            k -= 1
        } else if current == "as", word(k - 1) == "known" {
            k -= 2
        } else {
            return nil
        }
        for i in stride(from: k, through: max(0, k - 3), by: -1) {
            let classes = WordClasses(of: word(i)).intersection(.kindNoun)
            if !classes.isEmpty { return classes }
        }
        return nil
    }

    // MARK: Known names elsewhere

    /// Spans for the names in `known` wherever they stand and no span of `existing` does:
    /// at each token, the longest known name whose first word is the token's text.
    ///
    /// - Complexity: O(*n* · *k* · *m*) for *n* tokens and names of at most *k* tokens
    ///   (`maximumNameTokens`, one more for a name tokenized differently in another place)
    ///   and *m* scalars; taken tokens are looked up, not searched.
    private func rematch(known: Set<String>, in analyzed: AnalyzedDocument, existing: [NameSpan]) -> [NameSpan] {
        let byFirstWord = Dictionary(grouping: known) { name in
            String(name.prefix { Tokenizer.isWordScalar($0.unicodeScalars.first!) })
        }.mapValues { names in (names: Set(names), longest: names.map(\.unicodeScalars.count).max() ?? 0) }
        let firstWords = FirstByteFilter(byFirstWord.keys)
        var taken = Dictionary(grouping: existing) { $0.sentence }.mapValues { spans in Set(spans.flatMap { Array($0.tokens) }) }
        var added: [NameSpan] = []
        for sentence in analyzed.sentences {
            let tokens = sentence.tokens
            var i = 0
            while i < tokens.count {
                guard firstWords.mayContain(tokens[i].text), let candidates = byFirstWord[tokens[i].text] else { i += 1; continue }
                // The text from token i to token j is a candidate for one j at most, as it grows with j.
                var matchedEnd: Int?
                var j = i
                while j < tokens.count, j - i < NameFinder.maximumNameTokens + 1, tokens[j].end - tokens[i].start <= candidates.longest {
                    if candidates.names.contains(analyzed.text(tokens[i].start, tokens[j].end)) { matchedEnd = j + 1 }
                    j += 1
                }
                guard let end = matchedEnd else { i += 1; continue }
                let span = NameSpan(sentence: sentence.index, tokens: i..<end, start: tokens[i].start,
                                    end: tokens[end - 1].end, text: analyzed.text(tokens[i].start, tokens[end - 1].end),
                                    votes: TypeVotes(), needsSupport: false)
                if !span.tokens.contains(where: { taken[sentence.index]?.contains($0) == true }) {
                    var voted = span
                    voteContext(tokens, span: i..<end, into: &voted.votes)
                    added.append(voted)
                    taken[sentence.index, default: []].formUnion(span.tokens)
                }
                i = end
            }
        }
        return added
    }
}

/// A run of tokens of one sentence, the key under which its cleaned span is kept.
private struct CleanedRun: Hashable {
    let sentence: Int
    let tokens: Range<Int>
}

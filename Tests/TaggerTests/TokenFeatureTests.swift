import Testing
@testable import Tagger

@Suite("Token features")
struct TokenFeatureTests {
    @Test func capitalisationClasses() {
        #expect(TokenInfo("Microsoft").capitalization == .initial)
        #expect(TokenInfo("IBM").capitalization == .upper)
        #expect(TokenInfo("iPhone").capitalization == .mixed)
        #expect(TokenInfo("joined").capitalization == .lower)
        #expect(TokenInfo("A").capitalization == .single)
        #expect(TokenInfo("2024").capitalization == .none)
        #expect(TokenInfo("2024").flags.contains(.allDigits))
        #expect(TokenInfo("Jean-Luc").flags.contains(.hyphen))
        #expect(TokenInfo("'s").flags.contains(.apostrophe))
        #expect(TokenInfo("Zürich").flags.contains(.nonASCII))
    }

    @Test func shapesGeneraliseOverWords() {
        #expect(TokenInfo("Paul").shape == TokenInfo("Anna").shape)
        #expect(TokenInfo("Paul").shape != TokenInfo("Microsoft").shape)
        #expect(TokenInfo("Paul").shortShape == TokenInfo("Microsoft").shortShape)
        #expect(TokenInfo("U.S.").shortShape == TokenInfo("U.K.").shortShape)
        #expect(TokenInfo("1999").shortShape == TokenInfo("42").shortShape)
    }

    @Test func caseFoldingPrefixesAndSuffixes() {
        let london = TokenInfo("London")
        #expect(london.lower == TokenInfo("london").lower)
        #expect(london.exact != TokenInfo("london").exact)
        #expect(london.prefixes[2] == TokenInfo("lon").lower)
        #expect(london.suffixes[2] == TokenInfo("don").lower)
        #expect(TokenInfo("ÉCOLE").lower == TokenInfo("école").lower)
        #expect(TokenInfo("of").prefixes[3] == 0)
    }

    @Test func sentenceStyles() {
        func style(_ text: String) -> SentenceStyle {
            SentenceStyle(text.split(separator: " ").map { TokenInfo(String($0)) }[...])
        }
        #expect(style("Paul Smith joined Microsoft in London .") == .normal)
        #expect(style("Paul Smith Joins Microsoft Board in London") == .title)
        #expect(style("MARKETS RALLY AFTER STRONG REPORT") == .upper)
        #expect(style("paul smith joined microsoft in london") == .lower)
    }

    @Test func featureRowsPerToken() {
        let extractor = FeatureExtractor(gazetteer: .empty, hashBits: 12)
        let document = [["Paul", "Smith", "joined", "Microsoft", "."], ["He", "likes", "Microsoft", "."]]
        let features = extractor.features(document: document)
        #expect(features.count == 2)
        #expect(features[0].count == 5 * FeatureExtractor.featuresPerToken)
        #expect(features.joined().allSatisfy { $0 < 1 << 12 })
        // The bias feature is shared; the word features of different words differ.
        let perToken = FeatureExtractor.featuresPerToken
        #expect(features[0][0] == features[0][perToken])
        #expect(features[0][1] != features[0][perToken + 1])
    }

    @Test func documentEvidenceSeesOtherSentences() {
        let sentences = [["Apple", "rose", "."], ["An", "apple", "fell", "."], ["Shares", "of", "Acme", "rose", "."]]
            .map { $0.map(TokenInfo.init)[...] }
        let styles = sentences.map(SentenceStyle.init)
        let evidence = DocumentEvidence(sentences: sentences, styles: styles)
        #expect(evidence.code(for: TokenInfo("Apple"), position: 0, style: .normal) & 1 == 1)
        #expect(evidence.code(for: TokenInfo("Acme"), position: 0, style: .normal) == 2)
        #expect(evidence.code(for: TokenInfo("Acme"), position: 2, style: .normal) == 0)
    }

    @Test func documentEvidenceSeesNameParts() {
        let sentences = [["Yesterday", ",", "Paul", "Smith", "left", "."], ["Later", ",", "Smith", "said", "so", "."]]
            .map { $0.map(TokenInfo.init)[...] }
        let evidence = DocumentEvidence(sentences: sentences, styles: sentences.map(SentenceStyle.init))
        #expect(evidence.namePartCode(for: TokenInfo("Smith"), position: 2, run: 2..<3, style: .normal) == 2)
        #expect(evidence.namePartCode(for: TokenInfo("Smith"), position: 3, run: 2..<4, style: .normal) == 0)
        #expect(evidence.namePartCode(for: TokenInfo("Paul"), position: 0, run: 0..<1, style: .normal) == 1)
        #expect(evidence.namePartCode(for: TokenInfo("smith"), position: 1, run: nil, style: .normal) == 0)
    }

    @Test func gazetteerMatchesLongestName() {
        var sentence = LabeledSentence(tokens: ["new", "york", "city"], tags: [.begin(.LOC), .inside(.LOC), .inside(.LOC)])
        let gazetteer = Gazetteer(names: [sentence], lists: .empty, commonWords: [])
        sentence.tokens = ["In", "New", "York", "City", "today"]
        let (begin, inside) = gazetteer.matches(sentence.tokens.map(TokenInfo.init)[...])
        let bit = UInt8(1) << UInt8(EntityLabel.LOC.index)
        #expect(begin == [0, bit, 0, 0, 0])
        #expect(inside == [0, 0, bit, bit, 0])
    }
}

@Suite("Word list lines")
struct WordListLineTests {
    @Test("lines split at line feeds, carriage returns and empty lines dropped, multi-byte text kept")
    func lines() {
        #expect("alpha\nbeta\r\n\n\ngamma".nonEmptyLines == ["alpha", "beta", "gamma"])
        #expect("Zoë\nМосква\n".nonEmptyLines == ["Zoë", "Москва"])
        #expect("".nonEmptyLines.isEmpty)
        #expect("\n\r\n".nonEmptyLines.isEmpty)
    }
}

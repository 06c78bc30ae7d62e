import Testing
@testable import Extraction

@Suite("Tokenizer and sentences")
struct TextTests {
    private func tokens(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer().tokens(in: scalars, range: 0..<scalars.count).map(\.text)
    }

    @Test("possessives split off, contractions and hyphenated words kept")
    func tokenizer() {
        #expect(tokens("Globex's chief didn't co-sign.") == ["Globex", "'s", "chief", "didn't", "co-sign", "."])
        #expect(tokens("Acme’s plan") == ["Acme", "’s", "plan"])
        #expect(tokens("the artists' union") == ["the", "artists", "'", "union"])
        #expect(tokens("U.S. rates rose 1.5%") == ["U.S", ".", "rates", "rose", "1.5", "%"])
    }

    @Test("strings built from scalars equal those built scalar by scalar, at their exact size")
    func stringsFromScalars() {
        for text in ["", "plain ASCII", "Zoë’s café 😀 naïve", "\u{0301}e\u{0301}"] {
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[...])
            let built = String(scalars: scalars[...])
            #expect(built == String(view))
            #expect(Array(built.utf8) == Array(text.utf8))
        }
        let scalars = Array("Ann met Bo.".unicodeScalars)
        #expect(String(scalars: scalars[4..<7]) == "met")
    }

    @Test("scalars counted and found on UTF-8 bytes agree with the scalar and UTF-8 views")
    func scalarsFromBytes() {
        let long = String(repeating: "Zoë’s café 😀 - naïve-ish ", count: 40)
        for text in ["", "-", "plain ASCII", "co-founder", "Zoë’s café 😀 naïve-ish", "\u{0301}e\u{0301}-", long] {
            #expect(text.unicodeScalarCount == text.unicodeScalars.count, "\(text)")
            #expect(text.unicodeScalarArray == Array(text.unicodeScalars), "\(text)")
            #expect(text.utf8Index(ofLast: UInt8(ascii: "-")) == text.utf8.lastIndex(of: UInt8(ascii: "-")), "\(text)")
        }
        #expect("a-b-c".utf8Index(ofLast: UInt8(ascii: "-")).map { "a-b-c"[$0...] } == "-c")
        func token(_ text: String) -> Token { Token(start: 0, end: text.unicodeScalars.count, text: text, kind: .word) }
        for text in ["iPhone", "eBay", "A", "abC", "ÉLAN", "élan-X", "Ωmega", "naïve X"] { #expect(token(text).hasUppercase, "\(text)") }
        for text in ["iphone", "élan", "ω", "123", "naïve-ish", "ß"] { #expect(!token(text).hasUppercase, "\(text)") }
    }

    @Test("possessive clitics and single marks are told by their scalars")
    func tokenScalars() {
        func token(_ text: String) -> Token { Token(start: 0, end: text.unicodeScalars.count, text: text, kind: .punctuation) }
        for text in ["'s", "’s", "'", "’"] { #expect(token(text).isPossessive, "\(text)") }
        for text in ["s", "'t", "’ss", "\"", "is"] { #expect(!token(text).isPossessive, "\(text)") }
        #expect(token("…").singleScalar == "…")
        #expect(token(".").singleScalar == ".")
        #expect(token("..").singleScalar == nil)
        #expect("it’s Acme‘s".replacingApostrophes() == "it's Acme's")
        #expect("plain words".replacingApostrophes() == "plain words")
    }

    @Test("a possessive word inside a name is found by scanning scalars")
    func possessiveWord() {
        #expect(NameFinder.hasPossessiveWord("Tom's Guide"))
        #expect(NameFinder.hasPossessiveWord("Tom’s Guide"))
        #expect(!NameFinder.hasPossessiveWord("Toms Guide"))
        #expect(!NameFinder.hasPossessiveWord("Tom's"))
        #expect(!NameFinder.hasPossessiveWord("Tom s Guide"))
    }

    @Test("brand-shaped names are told byte by byte as they are by characters")
    func capitalShape() {
        func byCharacters(_ name: String) -> (isBrand: Bool, words: Int) {
            let words = name.split(separator: " ")
            let isBrand = words.contains { word in
                guard let inner = word.dropFirst().firstIndex(where: \.isUppercase) else { return false }
                return word.distance(from: word.startIndex, to: inner) > 3 || word.allSatisfy { $0.isUppercase || !$0.isLetter }
            }
            return (isBrand, words.count)
        }
        let names = ["OpenAI", "DeepMind", "McDonald", "MacArthur", "O'Neil", "DeBruyne", "IBM", "A.I.", "Jane Roe",
                     "Jane  Roe ", " ", "", "x", "Jane\nRoe", "Jane\r\nRoe", "U2", "AT&T", "iPhone", "deepMind Labs",
                     "Zoë DeepMind", "ÉLAN", "Émile Zola", "Ab\u{301}cDef", "R2-D2"]
        for name in names {
            let shape = NameFinder.capitalShape(of: name), expected = byCharacters(name)
            #expect(shape.isBrand == expected.isBrand && shape.words == expected.words, "\(name)")
        }
        #expect(NameFinder.capitalShape(of: "OpenAI").isBrand && !NameFinder.capitalShape(of: "McDonald").isBrand)
    }

    @Test("the first-byte filter rules out only strings no key can equal")
    func firstByteFilter() {
        let filter = FirstByteFilter(["Acme", "eBay", "Émile", "9to5"])
        #expect(filter.mayContain("Acme") && filter.mayContain("eBay") && filter.mayContain("9to5"))
        #expect(filter.mayContain("E\u{301}mile"), "a key with a non-ASCII start lets every string through")
        let ascii = FirstByteFilter(["Acme", "eBay", "E\u{301}mile"])
        #expect(ascii.mayContain("Acme") && ascii.mayContain("Apple") && ascii.mayContain("Émile"))
        #expect(!ascii.mayContain("the") && !ascii.mayContain("Zeta"))
        #expect(ascii.mayContain("Émile") == true, "a non-ASCII start is always looked up")
        #expect(["Acme", "eBay", "E\u{301}mile"].contains("Émile"), "canonical equivalence, which the filter keeps")
    }

    @Test("every event-trigger form passes the form filter, in any case")
    func eventTriggerFilter() {
        for form in EventTriggers.nounByForm.keys {
            #expect(EventTriggers.mayBeForm(form), "\(form)")
            #expect(EventTriggers.mayBeForm(form.prefix(1).uppercased() + form.dropFirst()), "\(form)")
            #expect(EventTriggers.mayBeForm(form.uppercased()), "\(form)")
        }
        let firsts = Set(EventTriggers.nounByForm.keys.compactMap(\.utf8.first))
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") where !firsts.contains(byte) {
            #expect(!EventTriggers.mayBeForm(String(UnicodeScalar(byte)) + "xyz"))
        }
    }

    @Test("the form filter rules out only words whose lower case no key can equal")
    func lowercaseFormFilter() {
        let filter = LowercaseFormFilter(["leaked", "hack", "ipo"])
        for word in ["leaked", "Leaked", "LEAKED", "hack", "HACK", "Ipo", "leaker", "hawk"] {
            #expect(filter.mayContain(lowercased: word), "\(word)")
        }
        for word in ["has", "happy", "hacked", "leak", "in", "lead", "the", "ip", "ipos"] {
            #expect(!filter.mayContain(lowercased: word), "\(word)")
        }
        // Non-ASCII bytes always pass: the Kelvin sign lower-cases to "k", "İ" to two scalars.
        #expect("hac\u{212A}".lowercased() == "hack")
        #expect(filter.mayContain(lowercased: "hac\u{212A}"))
        #expect(filter.mayContain(lowercased: "\u{130}po") && filter.mayContain(lowercased: "a") && filter.mayContain(lowercased: ""))
        #expect(filter.mayContain(lowercased: String(repeating: "x", count: 40)), "longer words are looked up")
        // Keys that are not lower-case ASCII let every word through.
        #expect(LowercaseFormFilter(["Acme"]).mayContain(lowercased: "zebra"))
        #expect(LowercaseFormFilter(["é"]).mayContain(lowercased: "zebra"))
    }

    @Test("offsets count Unicode scalars")
    func offsets() {
        let text = "😀 Zoë met Ana."
        let scalars = Array(text.unicodeScalars)
        let found = Tokenizer().tokens(in: scalars, range: 0..<scalars.count)
        for token in found {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == token.text)
        }
        #expect(found.first { $0.text == "Zoë" }?.start == 2)
    }

    @Test("sentences end at marks and line breaks, not after abbreviations or initials")
    func sentences() {
        let text = "Mr. Smith met Dr. Jones in the U.S. on Monday. They spoke! J. R. Doe left.\nA new line here"
        let found = SentenceSplitter().sentences(of: Array(text.unicodeScalars)).map(\.text)
        #expect(found == ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They spoke!", "J. R. Doe left.", "A new line here"])
    }

    @Test("title-case lines are headings, prose is not")
    func headings() {
        let text = "Why Regulators Are Probing the Merger\nThe deal was announced on Monday by the two firms."
        let found = SentenceSplitter().sentences(of: Array(text.unicodeScalars))
        #expect(found.map(\.isHeading) == [true, false])
    }

    @Test("dates in several forms")
    func dates() {
        func date(_ text: String) -> String? {
            DateFinder().firstDate(in: SentenceSplitter().sentences(of: Array(text.unicodeScalars))[0].tokens)
        }
        #expect(date("It happened on Tuesday, March 3rd, before noon") == "--03-03")
        #expect(date("Filed on Sept. 14, 2023 in court") == "2023-09-14")
        #expect(date("On 2 February 2021 they met") == "2021-02-02")
        #expect(date("In May they met") == nil)
    }

    @Test("dates the text leaves partial are completed from the publication day")
    func relativeDates() {
        func date(_ text: String, _ published: String?) -> String? {
            DateFinder().firstDate(in: SentenceSplitter().sentences(of: Array(text.unicodeScalars))[0].tokens, published: published)
        }
        #expect(date("It happened on November 26th", "2024-11-28") == "2024-11-26")
        #expect(date("It happened on December 30", "2025-01-02") == "2024-12-30")
        #expect(date("It happened on November 26th", nil) == "--11-26")
        #expect(date("On Tuesday, the files appeared", "2024-11-28") == "2024-11-26")
        #expect(date("On Thursday, the files appeared", "2024-11-28") == "2024-11-28")
        #expect(date("The files appeared yesterday", "2024-03-01") == "2024-02-29")
        #expect(date("The files appeared", "2024-03-01") == nil)
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "1970-01-01")?.weekday == 4)
    }
}

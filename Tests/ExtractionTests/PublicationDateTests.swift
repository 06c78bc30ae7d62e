import Foundation
import Testing

@testable import Extraction

@Suite("PublicationDate")
struct PublicationDateTests {
    private func read(_ fileName: String, _ content: String) throws -> Document? {
        let folder = try InputFixtureFolder()
        let path = try folder.write(fileName, content)
        let result = try DocumentReader().read(InputFile(path: path, name: fileName))
        #expect(result.warnings.isEmpty)
        return result.document
    }

    // MARK: - Parsing

    @Test(
        "reads ISO 8601 dates and date-times, keeping the stated day",
        arguments: [
            "2024-11-27", "2024-11-27T10:00:00Z", "2024-11-27T23:30:00-05:00", "2024-11-27t10:00z", "2024-11-27T10:00",
            "2024-11-27 10:00:00", "2024-11-27 10:00:00.123+0100", "2024-11-27T10:00:00+01", "2024-11-27 10:00:00 +0000",
            "  2024-11-27\n",
        ]
    )
    func parsesISO(text: String) {
        #expect(PublicationDate(parsing: text)?.iso8601 == "2024-11-27")
    }

    @Test(
        "reads dates with English month names, day or month first",
        arguments: [
            "November 27, 2024", "Nov 27, 2024", "Nov. 27th, 2024", "nov 27 2024", "27 Nov 2024", "27 November 2024",
            "27. November 2024", "Wed, 27 Nov 2024 10:00:00 GMT", "Wednesday, November 27, 2024 10:00 AM EST",
            "27 Nov 2024 10:00:00 +0000",
        ]
    )
    func parsesWrittenDates(text: String) {
        #expect(PublicationDate(parsing: text)?.iso8601 == "2024-11-27")
    }

    @Test("reads abbreviated months and pads the month and day")
    func parsesAbbreviationsAndPads() {
        #expect(PublicationDate(parsing: "Sept 3, 2024")?.iso8601 == "2024-09-03")
        #expect(PublicationDate(parsing: "1 May 2023")?.iso8601 == "2023-05-01")
        #expect(PublicationDate(parsing: "2024-02-29")?.iso8601 == "2024-02-29")
        #expect(PublicationDate(parsing: "2000-02-29")?.iso8601 == "2000-02-29")
        #expect(PublicationDate(year: 2024, month: 1, day: 5)?.iso8601 == "2024-01-05")
    }

    @Test(
        "refuses days the calendar does not have and anything that is not a date",
        arguments: [
            "2024-13-40", "2024-02-30", "2023-02-29", "1900-02-29", "2024-11-31", "2024-00-10", "2024-11-00",
            "0999-01-01", "", "   ", "yesterday", "2024-11", "24-11-27", "2024-1-27", "2024/11/27", "2024-11-27x",
            "2024-11-27Tnoon", "2024-11-27T25:00", "2024-11-27T10:60", "2024-11-27T10:00+1", "November 32, 2024",
            "Nov 27", "27 Foo 2024", "27 Nov 24", "Nov 27, 2024 and then some words", "Mayday 1, 2024",
        ]
    )
    func refusesInvalid(text: String) {
        #expect(PublicationDate(parsing: text) == nil)
    }

    // MARK: - Front matter

    @Test("reads the date from Markdown front matter and removes the block from the text")
    func readsMarkdownFrontMatter() throws {
        let article = "# Ada\n\nAda Lovelace met Charles Babbage.\n"
        let markdown = "---\ntitle: \"Ada: a life\"\ndate: 2024-11-27\ntags:\n  - science\n  - history\n# a comment\n---\n\n" + article

        let document = try #require(try read("a.md", markdown))

        #expect(document == Document(name: "a.md", text: article, format: .markdown, publicationDate: "2024-11-27"))
        let text = Array(document.text.unicodeScalars), body = Array(article.unicodeScalars)
        #expect(text.first == "#")
        #expect(text.firstRange(of: Array("Charles".unicodeScalars)) == body.firstRange(of: Array("Charles".unicodeScalars)))
    }

    @Test(
        "reads every date key, whatever its case, and every value form",
        arguments: [
            "date: 2024-11-27", "Published: 2024-11-27T10:00:00Z", "publication_date: \"2024-11-27\"",
            "PUBDATE: '2024-11-27'", "datePublished: November 27, 2024", "date: 27 Nov 2024 # the print edition",
            "publishDate: 2024-11-27",
        ]
    )
    func readsDateKeys(line: String) throws {
        let document = try read("a.md", "---\nauthor: A. Writer\n\(line)\n---\nText.")

        #expect(document?.publicationDate == "2024-11-27")
        #expect(document?.text == "Text.")
    }

    @Test("takes the first date key with a date, in a plain text file with CRLF line endings too")
    func readsFirstDateInPlainText() throws {
        let document = try read("a.txt", "---\r\ndate: someday\r\npublished: 2024-11-27\r\ndate: 2020-01-01\r\n...\r\nText.\r\n")

        #expect(document == Document(name: "a.txt", text: "Text.\n", format: .plain, publicationDate: "2024-11-27"))
    }

    @Test("removes front matter without a date, or with an invalid one, and gives no date")
    func removesFrontMatterWithoutDate() throws {
        #expect(try read("a.md", "---\ntitle: Ada\n---\nText.") == Document(name: "a.md", text: "Text.", format: .markdown))
        #expect(try read("a.md", "---\ndate: 2024-13-40\n---\nText.") == Document(name: "a.md", text: "Text.", format: .markdown))
    }

    @Test(
        "leaves text that does not open with a closed front matter block as it is",
        arguments: [
            "---\nAda met Babbage.\n---\nThen they talked.\n", "---\ndate: 2024-11-27\nno closing line\n",
            "---\n---\nText.\n", "Intro.\n---\ndate: 2024-11-27\n---\nText.\n", " ---\ndate: 2024-11-27\n---\nText.\n",
            "---\nhttp://example.org\n---\nText.\n", "---\ndate: 2024-11-27\n", "Text without a date.\n",
        ]
    )
    func leavesOtherTextAlone(text: String) throws {
        #expect(try read("a.md", text) == Document(name: "a.md", text: text, format: .markdown))
    }

    // MARK: - HTML

    private func page(head: String = "", body: String = "<h1>Headline</h1><p>Body.</p>") -> String {
        "<!DOCTYPE html><html><head><title>T</title>\(head)</head><body>\(body)</body></html>"
    }

    @Test(
        "reads the date from each kind of meta tag, leaving the text as it is",
        arguments: [
            ("property", "article:published_time"), ("property", "og:published_time"), ("name", "article:published_time"),
            ("name", "date"), ("name", "pubdate"), ("name", "PublishDate"), ("name", "DC.date"), ("name", "dcterms.date"),
            ("name", "sailthru.date"), ("name", "parsely-pub-date"), ("itemprop", "datePublished"),
        ]
    )
    func readsMetaTags(attribute: String, key: String) throws {
        let html = page(head: "<meta \(attribute)=\"\(key)\" content=\"2024-11-27T10:00:00+01:00\">")

        #expect(try read("a.html", html) == Document(name: "a.html", text: "T\nHeadline\nBody.", format: .html, publicationDate: "2024-11-27"))
    }

    @Test("prefers the most specific meta tag, then JSON-LD, then the first time element")
    func prefersMetaOverLinkedDataOverTime() throws {
        let time = "<p>Posted <time datetime=\"2024-11-29\">Friday</time></p>"
        let linkedData = "<script type=\"application/ld+json\">{\"datePublished\": \"2024-11-28\"}</script>"
        let meta = "<meta name=\"date\" content=\"2024-11-26\"><meta property=\"article:published_time\" content=\"2024-11-27\">"

        #expect(try read("a.html", page(head: meta + linkedData, body: time))?.publicationDate == "2024-11-27")
        #expect(try read("a.html", page(head: linkedData, body: time))?.publicationDate == "2024-11-28")
        #expect(try read("a.html", page(body: time))?.publicationDate == "2024-11-29")
    }

    @Test("falls back to the first time element with a date, in the body")
    func readsTimeElement() throws {
        let body = """
            <article><p>By Ada, <time>today</time> <time datetime="soon">later</time> \
            <time datetime="2024-11-27T10:00:00Z">Nov 27</time></p>\
            <p>Updated <time datetime="2024-11-30">Nov 30</time></p></article>
            """

        let document = try read("a.html", page(head: "<meta name=\"description\" content=\"2024-01-01\">", body: body))

        #expect(document?.publicationDate == "2024-11-27")
        #expect(document?.text == "T\nBy Ada, today later Nov 27\nUpdated Nov 30")
    }

    @Test("reads datePublished from JSON-LD, which stays out of the text")
    func readsLinkedData() throws {
        let script = """
            <script type="Application/LD+JSON">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "datePublished": "never"},
             {"@type": "NewsArticle", "headline": "Headline", "datePublished" : "2024-11-27T08:00:00Z",
              "dateModified": "2024-11-28T08:00:00Z"}]}
            </script>
            <script type="text/javascript">var data = {"datePublished": "2020-01-01"};</script>
            """

        #expect(try read("a.html", page(head: script)) == Document(name: "a.html", text: "T\nHeadline\nBody.", format: .html, publicationDate: "2024-11-27"))
        #expect(try read("a.html", page(head: "<script type=\"text/javascript\">var data = {\"datePublished\": \"2020-01-01\"};</script>"))?.publicationDate == nil)
    }

    @Test("gives no date for a page without one, or with other dates or invalid ones")
    func readsNoDate() throws {
        #expect(try read("a.html", page())?.publicationDate == nil)
        let otherDates = "<meta property=\"article:modified_time\" content=\"2024-11-28\"><meta name=\"description\" content=\"2024-11-28\">"
        #expect(try read("a.html", page(head: otherDates))?.publicationDate == nil)
        let invalid = "<meta name=\"date\" content=\"2024-13-40\"><script type=\"application/ld+json\">{\"datePublished\": \"2024-02-30\"}</script>"
        #expect(try read("a.html", page(head: invalid, body: "<time datetime=\"2024-11-31\">x</time>"))?.publicationDate == nil)
    }
}

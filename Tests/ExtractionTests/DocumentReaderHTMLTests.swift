import Foundation
import Testing

@testable import Extraction

@Suite("DocumentReader HTML")
struct DocumentReaderHTMLTests {
    private func text(ofHTML html: String, fileName: String = "page.html") throws -> String? {
        let folder = try InputFixtureFolder()
        let path = try folder.write(fileName, html)
        let result = try DocumentReader().read(InputFile(path: path, name: fileName))
        #expect(result.warnings.isEmpty)
        #expect(result.document.map(\.format) ?? .html == .html)
        return result.document?.text
    }

    @Test("keeps the title and the visible body text, one line per block")
    func extractsArticle() throws {
        let html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Ada &amp; Charles</title>
              <style>body { color: red; }</style>
              <script>var hidden = "script text";</script>
              <link rel="stylesheet" href="https://example.org/style.css">
            </head>
            <body>
              <header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
              <article>
                <h1>Ada   Lovelace
                  meets Babbage</h1>
                <p>Ada Lovelace met <b>Charles</b> <i>Babbage</i> in London.<!-- a comment --></p>
                <p>She wrote the first program.<br>It ran on the Analytical Engine.</p>
                <script type="text/javascript">document.write("nope");</script>
                <noscript>Enable JavaScript</noscript>
                <template><p>Template text</p></template>
                <ul><li>First item</li><li>Second <em>item</em></li></ul>
                <table><tr><th>Name</th><th>Born</th></tr><tr><td>Ada</td><td>1815</td></tr></table>
                <blockquote>Quoted words.</blockquote>
              </article>
              <footer>Copyright 2024</footer>
            </body>
            </html>
            """

        #expect(try text(ofHTML: html) == """
            Ada & Charles
            Home | World
            Ada Lovelace meets Babbage
            Ada Lovelace met Charles Babbage in London.
            She wrote the first program.
            It ran on the Analytical Engine.
            First item
            Second item
            Name Born
            Ada 1815
            Quoted words.
            Copyright 2024
            """)
    }

    @Test("decodes entities")
    func decodesEntities() throws {
        #expect(try text(ofHTML: "<p>AT&amp;T&#8217;s CEO &lt;said&gt; &quot;hi&quot;&nbsp;&nbsp;to Jos&eacute; &#x2014; and&#160;left</p>")
            == "AT&T\u{2019}s CEO <said> \"hi\" to Jos\u{E9} \u{2014} and left")
    }

    @Test("recovers from broken and nested markup")
    func recoversFromBrokenMarkup() throws {
        #expect(try text(ofHTML: "<p>One <b>two <i>three</p><p>Four</b> five<div>Six<span>seven</div>eight")
            == "One two three\nFour five\nSixseven\neight")
        #expect(try text(ofHTML: "Loose text<p>then a paragraph<p>and another</p></div></html></body>trailing")
            == "Loose text\nthen a paragraph\nand another\ntrailing")
    }

    @Test("drops elements with the hidden attribute")
    func dropsHiddenElements() throws {
        #expect(try text(ofHTML: "<p>Shown</p><div hidden>Not shown</div><p hidden=\"hidden\">Nor <b>this</b></p><p>Also shown</p>")
            == "Shown\nAlso shown")
    }

    @Test("keeps the whitespace of preformatted text")
    func keepsPreformattedText() throws {
        #expect(try text(ofHTML: "<p>Code:</p><pre>let x = 1\n    print(x)</pre><p>Done.</p>")
            == "Code:\nlet x = 1\n    print(x)\nDone.")
    }

    @Test("reads the text as UTF-8 whatever charset the page declares")
    func ignoresDeclaredCharset() throws {
        #expect(try text(ofHTML: "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u{E9} M\u{FC}nchen \u{2014} \u{6771}\u{4EAC}</p></body></html>")
            == "Caf\u{E9} M\u{FC}nchen \u{2014} \u{6771}\u{4EAC}")
        #expect(try text(ofHTML: "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>Z\u{FC}rich</body></html>")
            == "Z\u{FC}rich")
    }

    @Test("never loads external entities or resources")
    func loadsNothingExternal() throws {
        let folder = try InputFixtureFolder()
        let secret = try folder.write("secret.txt", "SECRET")
        let html = """
            <!DOCTYPE html [<!ENTITY secret SYSTEM "file://\(secret)">]>
            <html><body><p>Before &secret; after</p><img src="file://\(secret)"></body></html>
            """

        // As in a browser, the doctype ends at the first ">" and "]>" is text.
        #expect(try text(ofHTML: html) == "]>\nBefore &secret; after")
    }

    @Test("reads .htm files and CRLF pages")
    func readsHTMWithCRLF() throws {
        #expect(try text(ofHTML: "<p>One\r\ntwo</p>\r\n<p>Three</p>\r\n", fileName: "page.HTM") == "One two\nThree")
    }

    @Test("skips a page without visible text with a warning")
    func skipsPageWithoutText() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("blank.html", "<html><head><script>alert(1)</script></head><body> <!-- nothing --> </body></html>")

        let result = try DocumentReader().read(InputFile(path: path, name: "blank.html"))

        #expect(result.document == nil)
        #expect(result.warnings == [.empty(path: path)])
    }

    @Test("repairs invalid UTF-8 in a page before parsing")
    func repairsInvalidUTF8InHTML() throws {
        let folder = try InputFixtureFolder()
        let path = try folder.write("page.html", bytes: Array("<p>Caf".utf8) + [0xE9] + Array(" society</p>".utf8))

        let result = try DocumentReader().read(InputFile(path: path, name: "page.html"))

        #expect(result.document?.text == "Caf\u{FFFD} society")
        #expect(result.warnings == [.invalidUTF8(path: path, replacedSequences: 1)])
    }

    @Test("keeps the text after markup nested deeper than libxml2's default limit")
    func survivesDeepNesting() throws {
        let html = "<p>before</p>" + String(repeating: "<div><span>", count: 5_000) + "deep"
            + String(repeating: "</span></div>", count: 5_000) + "<p>after</p>"

        #expect(try text(ofHTML: html) == "before\ndeep\nafter")
    }

    @Test("keeps the text after many unclosed tags")
    func survivesUnclosedTags() throws {
        let html = "<p>before " + String(repeating: "<font size=2>word ", count: 400) + "<p>after"

        #expect(try text(ofHTML: html) == "before " + String(repeating: "word ", count: 399) + "word\nafter")
    }
}

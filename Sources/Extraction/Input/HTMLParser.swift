import CLibXML2

/// Parses HTML pages with libxml2's HTML parser, which recovers from broken markup and decodes
/// entities. Nothing outside the given text is ever loaded.
enum HTMLParser {
    /// The largest input libxml2 takes in one buffer, in bytes.
    static let maximumInputSize = Int(Int32.max)

    /// Recover from broken markup, never touch the network, stay silent, and take the text as
    /// the UTF-8 it already is whatever charset the page declares. `XML_PARSE_HUGE` lifts the
    /// nesting limit of 256 elements, beyond which libxml2 silently drops the rest of the page
    /// (pages with unclosed tags reach it); the input is bounded by the reader's size limit.
    private static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
    )

    /// libxml2 asks to be initialised once before it is used from several threads.
    private static let parserInitialization: Void = xmlInitParser()

    /// Parses `html`, which must not be longer than `maximumInputSize` bytes in UTF-8, and gives
    /// `body` the top-level nodes of the page, valid only during the call; nil if libxml2 cannot
    /// parse it at all.
    static func withTopLevelNodes<Result>(of html: String, _ body: ([xmlNodePtr]) -> Result) -> Result? {
        _ = parserInitialization
        var html = html
        let document = html.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(characters.count), nil, "UTF-8", parseOptions)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return body(document.pointee.children?.withFollowingSiblings ?? [])
    }
}

/// What an HTML element does to the visible text.
enum HTMLElementRole: Hashable {
    /// Not shown: the element and everything in it are dropped (`<script>`, `<style>`...).
    case hidden
    /// `<head>`: dropped except for its `<title>`.
    case head
    /// Starts and ends a line (`<p>`, `<div>`, `<h1>`, `<li>`, `<title>`...).
    case block
    /// `<pre>`: a block whose whitespace is kept as is.
    case preformatted
    /// `<br>`: ends a line.
    case lineBreak
    /// A table cell: separated from its neighbours by a space.
    case cell
    /// Anything else: its text flows on with the surrounding text.
    case inline

    /// The role of the element named `name` (lowercase, as libxml2's HTML parser gives it).
    init(elementName name: String) {
        self =
            switch name {
            case "head": .head
            case "pre", "listing", "xmp", "plaintext": .preformatted
            case "br": .lineBreak
            case "td", "th": .cell
            default:
                if Self.hiddenElements.contains(name) {
                    .hidden
                } else if Self.blockElements.contains(name) {
                    .block
                } else {
                    .inline
                }
            }
    }

    private static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "applet",
        "svg", "math", "canvas", "audio", "video", "map", "select", "textarea", "datalist",
    ]

    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot",
        "thead", "title", "tr", "ul",
    ]
}

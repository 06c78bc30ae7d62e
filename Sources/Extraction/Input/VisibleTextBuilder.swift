/// Assembles the visible text of an HTML page the way a browser lays it out as plain text:
/// whitespace runs collapsed to one space, one line per block, no blank lines, nothing
/// leading or trailing. Inside `<pre>` text is kept as is.
struct VisibleTextBuilder {
    /// The text so far, without the separator still pending.
    private(set) var text = ""
    private var pending = Separator.none
    private var preformattedDepth = 0

    private enum Separator: Comparable {
        case none
        case space
        case lineBreak
    }

    /// Notes the start of an element with `role`, before its content.
    mutating func enter(_ role: HTMLElementRole) {
        switch role {
        case .block, .lineBreak: separate(by: .lineBreak)
        case .preformatted:
            separate(by: .lineBreak)
            preformattedDepth += 1
        case .cell: separate(by: .space)
        case .hidden, .head, .inline: break
        }
    }

    /// Notes the end of an element with `role`, after its content.
    mutating func leave(_ role: HTMLElementRole) {
        switch role {
        case .block: separate(by: .lineBreak)
        case .preformatted:
            separate(by: .lineBreak)
            preformattedDepth -= 1
        case .cell: separate(by: .space)
        case .lineBreak, .hidden, .head, .inline: break
        }
    }

    /// Adds the text of a text node.
    mutating func append(_ content: String) {
        if preformattedDepth > 0 {
            for scalar in content.unicodeScalars {
                if scalar == "\n" {
                    separate(by: .lineBreak)
                } else {
                    write(scalar)
                }
            }
            return
        }
        for scalar in content.unicodeScalars {
            if scalar.properties.isWhitespace {
                separate(by: .space)
            } else {
                write(scalar)
            }
        }
    }

    private mutating func separate(by separator: Separator) {
        pending = max(pending, separator)
    }

    private mutating func write(_ scalar: Unicode.Scalar) {
        if !text.isEmpty {
            switch pending {
            case .none: break
            case .space: text.unicodeScalars.append(" ")
            case .lineBreak: text.unicodeScalars.append("\n")
            }
        }
        pending = .none
        text.unicodeScalars.append(scalar)
    }
}

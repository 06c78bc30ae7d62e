extension StringProtocol where SubSequence == Substring {
    /// The text without its leading and trailing whitespace.
    func trimmingWhitespace() -> Substring {
        var trimmed = drop(while: \.isWhitespace)
        while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        return trimmed
    }
}

extension PublicationDate {
    /// Reads the date `text` states, surrounding whitespace ignored, in one of the forms pages
    /// and front matter use; nil for anything else, or for a day the calendar does not have.
    ///
    /// - ISO 8601: `2024-11-27`, optionally followed by a time of day after `T` or a space,
    ///   with an optional zone: `2024-11-27T10:00:00Z`, `2024-11-27 10:00:00.5+01:00`.
    /// - English month names, full or abbreviated, day first or month first, optionally after
    ///   a weekday and before a time: `November 27, 2024`, `27 Nov 2024`, `Nov. 27th 2024`,
    ///   `Wed, 27 Nov 2024 10:00:00 GMT`.
    ///
    /// The day is the one stated: a time and zone, when given, are checked but do not move it.
    public init?(parsing text: some StringProtocol) {
        let trimmed = Substring(text).trimmingWhitespace()
        guard let date = Self.isoDate(trimmed) ?? Self.writtenDate(trimmed) else { return nil }
        self = date
    }

    /// `YYYY-MM-DD`, then nothing or `T`/space and a time of day.
    private static func isoDate(_ text: Substring) -> PublicationDate? {
        let fields = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, let year = number(fields[0], digits: 4...4), let month = number(fields[1], digits: 2...2),
            let day = number(fields[2], digits: 2...2), let date = PublicationDate(year: year, month: month, day: day)
        else { return nil }
        let rest = text.dropFirst(10)
        guard let separator = rest.first else { return date }
        guard "Tt ".contains(separator) else { return nil }
        return isTimeOfDay(wordsOf(rest.dropFirst())[...]) ? date : nil
    }

    /// An optional weekday, the day and month in either order, the year, and optionally a time.
    private static func writtenDate(_ text: Substring) -> PublicationDate? {
        var words = wordsOf(text)[...]
        if let first = words.first, weekdays.contains(where: { isName($0, abbreviatedAs: first) }) { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        let date: PublicationDate?
        if let month = month(named: words[words.startIndex]) {
            date = dateOf(year: words[words.startIndex + 2], month: month, day: words[words.startIndex + 1])
        } else if let month = month(named: words[words.startIndex + 1]) {
            date = dateOf(year: words[words.startIndex + 2], month: month, day: words[words.startIndex])
        } else {
            return nil
        }
        let time = words.dropFirst(3)
        return time.isEmpty || isTimeOfDay(time) ? date : nil
    }

    /// The words of `text`: split at whitespace and commas, a trailing full stop dropped
    /// (`Nov.`, `27.`).
    private static func wordsOf(_ text: Substring) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { $0.last == "." ? $0.dropLast() : $0 }
    }

    private static func dateOf(year: Substring, month: Int, day: Substring) -> PublicationDate? {
        let ordinalSuffixes = ["st", "nd", "rd", "th"]
        let day = ordinalSuffixes.contains(day.suffix(2).lowercased()) ? day.dropLast(2) : day
        guard let year = number(year, digits: 4...4), let day = number(day, digits: 1...2) else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    /// A clock time, `H:MM`, `HH:MM:SS` or `HH:MM:SS.fff` with an optional zone attached
    /// (`Z`, `+01:00`), then at most two words naming a zone or the half of the day (`GMT`, `PM`).
    private static func isTimeOfDay(_ words: ArraySlice<Substring>) -> Bool {
        guard let clock = words.first, words.count <= 3, isClockTime(clock) else { return false }
        return words.dropFirst().allSatisfy { isZone($0) || (1...5).contains($0.count) && $0.allSatisfy(\.isLetter) }
    }

    private static func isClockTime(_ word: Substring) -> Bool {
        let zoneStart = word.firstIndex(where: { "Zz+-".contains($0) }) ?? word.endIndex
        let fields = word[..<zoneStart].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), let hour = number(fields[0], digits: 1...2), hour <= 24,
            let minute = number(fields[1], digits: 2...2), minute <= 59
        else { return false }
        if fields.count == 3 {
            let seconds = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let second = number(seconds[0], digits: 2...2), second <= 60,
                seconds.count == 1 || number(seconds[1], digits: 1...9) != nil
            else { return false }
        }
        return zoneStart == word.endIndex || isZone(word[zoneStart...])
    }

    /// `Z`, or a signed offset of hours and optionally minutes: `+01`, `-0500`, `+05:30`.
    private static func isZone(_ word: Substring) -> Bool {
        if word == "Z" || word == "z" { return true }
        guard let sign = word.first, "+-".contains(sign) else { return false }
        let offset = word.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        switch offset.count {
        case 1: return number(offset[0], digits: 2...2) != nil || number(offset[0], digits: 4...4) != nil
        case 2: return number(offset[0], digits: 2...2) != nil && number(offset[1], digits: 2...2) != nil
        default: return false
        }
    }

    /// The value of `text` if it is `digits` ASCII digits long.
    private static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return nil }
        return Int(text)
    }

    /// The number of the month `word` names, in full or abbreviated (`Nov`, `Sept`).
    private static func month(named word: Substring) -> Int? {
        if word.lowercased() == "sept" { return 9 }
        return months.firstIndex(where: { isName($0, abbreviatedAs: word) }).map { $0 + 1 }
    }

    /// Whether `word` is `name` or its first three letters, ignoring case.
    private static func isName(_ name: String, abbreviatedAs word: Substring) -> Bool {
        let word = word.lowercased()
        return word == name || word.count == 3 && name.hasPrefix(word)
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}

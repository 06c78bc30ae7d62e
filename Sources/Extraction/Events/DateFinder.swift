/// Finds calendar dates written in a sentence: "November 26th", "Nov. 26, 2024", "26 November 2024".
struct DateFinder: Sendable {
    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// The first date in the tokens, completed with the publication day when the text leaves
    /// something out: the year of "November 26" (the latest such day not after publication),
    /// or the day of "on Tuesday", "yesterday", "today" (within the week before publication).
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    func firstDate(in tokens: [Token], published: String?) -> String? {
        let publication = published.flatMap(CalendarDate.init(iso:))
        if let found = firstDate(in: tokens) {
            guard found.hasPrefix("--"), let publication else { return found }
            for year in [publication.year, publication.year - 1] {
                if let date = CalendarDate(iso: "\(year)" + found.dropFirst(1)), date <= publication { return date.iso }
            }
            return found
        }
        guard let publication else { return nil }
        for token in tokens {
            let word = token.text.lowercased()
            if word == "yesterday" { return publication.adding(days: -1).iso }
            if word == "today" { return publication.iso }
            if token.isCapitalized, let weekday = DateFinder.weekdays.firstIndex(of: word) {
                let back = (publication.weekday - weekday + 7) % 7
                return publication.adding(days: -back).iso
            }
        }
        return nil
    }

    /// The first date in the tokens as ISO 8601 (`2024-11-26`) or partial (`--11-26`) when no year is written.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    func firstDate(in tokens: [Token]) -> String? {
        for (i, token) in tokens.enumerated() {
            guard token.isCapitalized, let month = DateFinder.months[token.text.lowercased()] else { continue }
            var k = i + 1
            if k < tokens.count, tokens[k].text == "." { k += 1 }
            if k < tokens.count, let day = dayNumber(tokens[k].text) {
                var year: Int?
                var y = k + 1
                if y < tokens.count, tokens[y].text == "," { y += 1 }
                if y < tokens.count, let value = Int(tokens[y].text), (1900...2100).contains(value) { year = value }
                return format(year: year, month: month, day: day)
            }
            if i > 0, let day = dayNumber(tokens[i - 1].text) {
                var year: Int?
                if k < tokens.count, let value = Int(tokens[k].text), (1900...2100).contains(value) { year = value }
                return format(year: year, month: month, day: day)
            }
        }
        return nil
    }

    private func dayNumber(_ text: String) -> Int? {
        let digits = text.prefix { $0.isNumber }
        let suffix = text.dropFirst(digits.count).lowercased()
        guard !digits.isEmpty, ["", "st", "nd", "rd", "th"].contains(suffix), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private func format(year: Int?, month: Int, day: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if let year { return "\(year)-\(two(month))-\(two(day))" }
        return "--\(two(month))-\(two(day))"
    }
}

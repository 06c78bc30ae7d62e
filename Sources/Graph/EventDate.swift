/// A calendar date as entities' `date` attribute spells it: ISO `YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD` (anything after the day, such as a time, is ignored) or the
/// year-less `--MM-DD`.
///
/// Dates order by year, month, then day, a missing month or day first
/// ("2024" < "2024-01" < "2024-01-01"); year-less dates come after all dates with a
/// year, by month and day.
public struct EventDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, if stated.
    public let year: Int?
    /// The month 1...12, if stated.
    public let month: Int?
    /// The day 1...31, if stated.
    public let day: Int?

    /// Parses a date; nil if the text is not one of the accepted forms.
    ///
    /// - Complexity: O(*k*) in the length of the text.
    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count,
                  scalars[range].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            return Int(String(String.UnicodeScalarView(scalars[range])))
        }
        func dash(_ at: Int) -> Bool { at < scalars.count && scalars[at] == "-" }
        if text.hasPrefix("--") {
            guard let month = number(2..<4), dash(4), let day = number(5..<7), scalars.count == 7 else { return nil }
            self.init(year: nil, month: month, day: day)
        } else {
            guard let year = number(0..<4) else { return nil }
            guard dash(4), let month = number(5..<7) else {
                guard scalars.count == 4 else { return nil }
                self.init(year: year, month: nil, day: nil)
                return
            }
            guard dash(7), let day = number(8..<10) else {
                guard scalars.count == 7 else { return nil }
                self.init(year: year, month: month, day: nil)
                return
            }
            self.init(year: year, month: month, day: day)
        }
    }

    /// Creates a date from its parts.
    ///
    /// - Returns: nil if a month or day is out of range, or a day is given without a month.
    public init?(year: Int?, month: Int?, day: Int?) {
        if let month, !(1...12).contains(month) { return nil }
        if let day, month == nil || !(1...31).contains(day) { return nil }
        if year == nil, month == nil { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The ISO spelling.
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = year.map { String($0) } ?? "-"
        if let month { text += "-" + two(month) }
        if let day { text += "-" + two(day) }
        return text
    }

    /// Orders dates as described on the type.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.year == nil ? 1 : 0, lhs.year ?? 0, lhs.month ?? 0, lhs.day ?? 0)
            < (rhs.year == nil ? 1 : 0, rhs.year ?? 0, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// A day of the proleptic Gregorian calendar, for resolving dates a text writes
/// relative to its publication day ("on Tuesday", "yesterday", "November 26").
struct CalendarDate: Hashable, Comparable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// Parses `YYYY-MM-DD` (or another form `PublicationDate` reads); nil for an impossible day.
    init?(iso text: String) {
        guard let date = PublicationDate(parsing: text) else { return nil }
        self.init(year: date.year, month: date.month, day: date.day)
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a number of days from 1970-01-01.
    ///
    /// - Complexity: O(1) (Howard Hinnant's civil-from-days).
    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days from 1970-01-01.
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The weekday, 0 for Sunday through 6 for Saturday.
    var weekday: Int { ((daysSinceEpoch % 7) + 11) % 7 }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + count) }

    /// The ISO 8601 form, `YYYY-MM-DD`.
    var iso: String { PublicationDate(year: year, month: month, day: day)!.iso8601 }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }
}

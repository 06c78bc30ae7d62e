/// The calendar day on which an article was published, as its page or front matter states it.
public struct PublicationDate: Hashable, Sendable {
    /// The year, 1000 through 9999.
    public let year: Int
    /// The month, 1 through 12.
    public let month: Int
    /// The day of the month, 1 through the month's length.
    public let day: Int

    /// The date `year`-`month`-`day`, or nil unless it names a day of the (proleptic Gregorian)
    /// calendar with a four-digit year.
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
            (1...Self.length(ofMonth: month, in: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date in ISO 8601 calendar form, `YYYY-MM-DD`.
    public var iso8601: String {
        "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    private static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}

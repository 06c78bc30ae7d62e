extension String {
    /// Whether the text is a full calendar date `YYYY-MM-DD` (years 0001...9999)
    /// that exists, as XML Schema's `xs:date` and Gephi's timeline accept it.
    ///
    /// - Complexity: O(1).
    var isISOCalendarDate: Bool {
        let scalars = Array(unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for scalar in scalars[range] {
                guard ("0"..."9").contains(scalar) else { return nil }
                result = result * 10 + Int(scalar.value - 48)
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              year >= 1, (1...12).contains(month), day >= 1 else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}

extension Double {
    /// The number as export files spell it, the same on every run: the
    /// shortest text that reads back as the same value (`1.0`, `0.85`,
    /// `1e-07`); `NaN`, `Infinity` and `-Infinity` for the non-finite values,
    /// spellings that Python, igraph and Java all parse.
    var exportText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return description
    }

    /// The value rounded to three decimals, so that computed sizes and widths
    /// do not carry the last-bit differences of one platform's `log2`.
    var roundedForExport: Double {
        (self * 1000).rounded() / 1000
    }
}

extension Double {
    /// The Double nearest to this value rounded to `digits` significant decimal digits,
    /// so that it prints short: 4.999999999999999 to 6 digits prints as 5.0.
    ///
    /// Works on Swift's shortest decimal for the value, the same on every platform, and
    /// rounds its digits half away from zero; neither `printf` nor the C library's
    /// `log10` is involved, so the result is the same everywhere. Zero, infinities and
    /// NaN are themselves.
    public func rounded(significantDigits digits: Int) -> Double {
        precondition(digits >= 1, "at least one significant digit")
        guard isFinite, self != 0 else { return self }
        // The shortest decimal, "4.999999999999999" or "1.152e-05", as its digits d₁d₂…
        // and the exponent e of 0.d₁d₂… × 10^e.
        let text = Swift.abs(self).description
        let parts = text.split(separator: "e")
        let mantissa = parts[0]
        var exponent = (parts.count > 1 ? Int(parts[1])! : 0) + (mantissa.firstIndex(of: ".").map { mantissa[..<$0].count } ?? mantissa.count)
        var kept = mantissa.compactMap(\.wholeNumberValue)
        while kept.first == 0 {
            kept.removeFirst()
            exponent -= 1
        }
        guard kept.count > digits else { return self }
        let roundsUp = kept[digits] >= 5
        kept.removeLast(kept.count - digits)
        if roundsUp {
            var index = digits - 1
            while index >= 0, kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 {
                kept[index] += 1
            } else {
                kept.insert(1, at: 0)
                exponent += 1
            }
        }
        let rounded = Double("0." + kept.map(String.init).joined() + "e\(exponent)")!
        return sign == .minus ? -rounded : rounded
    }
}

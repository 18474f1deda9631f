/// `log` and `exp` from additions, multiplications and divisions only.
///
/// IEEE 754 makes those four operations exact to the last bit on every machine, but
/// not the C library's `log`, `exp` and `pow`, which differ between platforms and
/// versions in the last bit, enough to change a weighted draw now and then. Sampling
/// with a temperature uses these instead, so a seed gives the same documents
/// everywhere. Accuracy is a few units in the last place, plenty for ball weights.
enum PortableMath {
    private static let ln2 = 0.693_147_180_559_945_3
    /// ln 2 in two parts (Cody and Waite): `ln2High` has trailing zero bits, so
    /// k × ln2High is exact, and reducing a large argument loses nothing.
    private static let ln2High = 6.931_471_803_691_238_164_90e-01
    private static let ln2Low = 1.908_214_929_270_587_700_02e-10

    /// The natural logarithm of a positive, finite `x`.
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "log of a positive number")
        // x = m × 2^e with m in [√½, √2): both steps are exact.
        var exponent = Double(Int(x.exponent))
        var mantissa = x.significand
        if mantissa > 1.414_213_562_373_095_1 {
            mantissa /= 2
            exponent += 1
        }
        // log m = 2 atanh(s), s = (m − 1)/(m + 1), |s| < 0.172: the series converges fast.
        let s = (mantissa - 1) / (mantissa + 1)
        let square = s * s
        var term = s
        var sum = 0.0
        var denominator = 1.0
        for _ in 0..<14 {
            sum += term / denominator
            term *= square
            denominator += 2
        }
        return exponent * ln2 + 2 * sum
    }

    /// e to the power `x`; 0 below about −745, where the result is smaller than any Double.
    static func exp(_ x: Double) -> Double {
        precondition(x.isFinite && x < 709, "exp of a number whose result is finite")
        if x < -745.2 { return 0 }
        // x = k ln 2 + r with |r| ≤ ½ ln 2; e^x = 2^k e^r.
        let k = (x / ln2).rounded()
        let r = (x - k * ln2High) - k * ln2Low
        var term = 1.0
        var sum = 1.0
        for n in 1...20 {
            term *= r / Double(n)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(k), significand: sum)
    }
}

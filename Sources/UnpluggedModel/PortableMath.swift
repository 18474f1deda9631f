/// `log`, `log2`, `exp`, `pow`, `sin` and `cos` from additions, multiplications and divisions
/// only, for everything whose result must be the same on every machine.
///
/// IEEE 754 makes those four operations (and the square root) exact to the last bit
/// everywhere, but not the C library's `log`, `exp`, `pow`, `sin` and `cos`, which
/// differ between platforms and versions in the last bit: enough to change a weighted
/// draw now and then, or a coordinate of a figure, and so its bytes. Sampling with a
/// temperature and the figures' geometry and colours use these instead, so the same
/// inputs give the same documents and the same files everywhere. It lives in the model
/// so that both the model and the figures can use it. Accuracy is a few units in the
/// last place, far below a pixel or a ball's weight.
public enum PortableMath {
    private static let ln2 = 0.693_147_180_559_945_3
    /// ln 2 in two parts (Cody and Waite): `ln2High` has trailing zero bits, so
    /// k × ln2High is exact, and reducing a large argument loses nothing.
    private static let ln2High = 6.931_471_803_691_238_164_90e-01
    private static let ln2Low = 1.908_214_929_270_587_700_02e-10
    /// π/2 in two parts, the same way: `halfPiHigh` is π/2 to 33 bits, `halfPiLow` the
    /// rest, so an angle of up to a million radians is reduced without loss.
    private static let halfPiHigh = 1.570_796_326_734_125_614_166_259_765_625
    private static let halfPiLow = 6.077_100_506_506_192_249_319e-11

    /// The natural logarithm of a positive, finite `x`.
    public static func log(_ x: Double) -> Double {
        let (exponent, logMantissa) = split(x)
        return exponent * ln2 + logMantissa
    }

    /// The base-2 logarithm of a positive, finite `x`: exact for powers of two, so a
    /// chance of 1/2 costs exactly one bit.
    public static func log2(_ x: Double) -> Double {
        let (exponent, logMantissa) = split(x)
        return exponent + logMantissa / ln2
    }

    /// `x` as m × 2^e with m in [√½, √2): e, and the natural logarithm of m.
    private static func split(_ x: Double) -> (exponent: Double, logMantissa: Double) {
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
        return (exponent, 2 * sum)
    }

    /// e to the power `x`; 0 below about −745, where the result is smaller than any Double.
    public static func exp(_ x: Double) -> Double {
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

    /// A positive, finite `x` to the power `y`, as e^(y log x).
    public static func pow(_ x: Double, _ y: Double) -> Double {
        exp(y * log(x))
    }

    /// The sine of `angle`, in radians.
    public static func sin(_ angle: Double) -> Double {
        let (quarterTurns, r) = reduced(angle)
        switch quarterTurns & 3 {
        case 0: return sine(r)
        case 1: return cosine(r)
        case 2: return -sine(r)
        default: return -cosine(r)
        }
    }

    /// The cosine of `angle`, in radians.
    public static func cos(_ angle: Double) -> Double {
        let (quarterTurns, r) = reduced(angle)
        switch quarterTurns & 3 {
        case 0: return cosine(r)
        case 1: return -sine(r)
        case 2: return -cosine(r)
        default: return sine(r)
        }
    }

    /// `angle` as k quarter turns and a remainder r in [−π/4, π/4]: angle = k π/2 + r.
    private static func reduced(_ angle: Double) -> (quarterTurns: Int, remainder: Double) {
        precondition(angle.isFinite && abs(angle) <= 1_000_000, "an angle of at most a million radians")
        let k = (angle / halfPiHigh).rounded()
        return (Int(k), (angle - k * halfPiHigh) - k * halfPiLow)
    }

    /// sin r for |r| ≤ π/4, by its Taylor series to r¹⁹/19!, which is below 10⁻¹⁹ there.
    private static func sine(_ r: Double) -> Double {
        let square = r * r
        var term = r
        var sum = r
        for n in stride(from: 2.0, through: 18, by: 2) {
            term *= -square / (n * (n + 1))
            sum += term
        }
        return sum
    }

    /// cos r for |r| ≤ π/4, by its Taylor series to r¹⁸/18!, which is below 10⁻¹⁷ there.
    private static func cosine(_ r: Double) -> Double {
        let square = r * r
        var term = 1.0
        var sum = 1.0
        for n in stride(from: 1.0, through: 17, by: 2) {
            term *= -square / (n * (n + 1))
            sum += term
        }
        return sum
    }
}

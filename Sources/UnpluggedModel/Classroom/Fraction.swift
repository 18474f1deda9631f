/// A non-negative fraction in lowest terms, so tests and sheets can state a difference
/// of probabilities exactly rather than as a rounded decimal.
public struct Fraction: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    /// - Precondition: `numerator` ≥ 0 and `denominator` > 0.
    public init(_ numerator: Int, _ denominator: Int) {
        precondition(numerator >= 0 && denominator > 0, "a fraction here is not negative and has a positive denominator")
        var (a, b) = (numerator, denominator)
        while b != 0 { (a, b) = (b, a % b) }
        self.numerator = numerator / a
        self.denominator = denominator / a
    }

    /// The fraction in percentage points, for a sheet (3.3 for 1/30).
    public var percentagePoints: Double { 100 * Double(numerator) / Double(denominator) }

    public static func < (lhs: Fraction, rhs: Fraction) -> Bool {
        lhs.numerator.multipliedFullWidth(by: rhs.denominator) < rhs.numerator.multipliedFullWidth(by: lhs.denominator)
    }

    public var description: String { "\(numerator)/\(denominator)" }
}

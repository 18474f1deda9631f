/// How a compare figure draws each of its two models.
public enum CompareLayout: String, CaseIterable, Hashable, Sendable {
    /// Balls in bins, as the bins figure draws them.
    case bins
    /// The probability table, as the table figure draws it.
    case table
}

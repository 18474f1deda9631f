/// A sheet size the handout is printed on, in points (1/72 inch).
public enum Paper: String, CaseIterable, Hashable, Sendable {
    /// ISO A4, 210 × 297 mm: 595.28 × 841.89 points.
    case a4
    /// US Letter, 8.5 × 11 inches: 612 × 792 points.
    case letter

    public var size: Size {
        switch self {
        case .a4: Size(width: 210 / 25.4 * 72, height: 297 / 25.4 * 72)
        case .letter: Size(width: 612, height: 792)
        }
    }

    /// Its name as people write it: "A4", "US Letter".
    public var label: String {
        switch self {
        case .a4: "A4"
        case .letter: "US Letter"
        }
    }

    /// The margin kept blank on every side: half an inch (12.7 mm), more than the
    /// 3 to 6 mm that home and school printers cannot print on, so nothing is cut off.
    public static let margin = 36.0
}

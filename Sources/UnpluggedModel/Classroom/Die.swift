/// A die a class rolls to draw a next word without buckets of balls.
public enum Die: String, CaseIterable, Hashable, Sendable {
    case d6, d10, d20
    /// Two ten-sided dice, one for tens and one for units, read as 00 to 99.
    case d100

    /// How many equally likely faces a roll has.
    public var faces: Int {
        switch self {
        case .d6: 6
        case .d10: 10
        case .d20: 20
        case .d100: 100
        }
    }

    /// What is read off the die for the face at `index` (0-based): 1 to 6, 1 to 10,
    /// 1 to 20, and 00 to 99 for two ten-sided dice.
    public func label(ofFace index: Int) -> String {
        precondition((0..<faces).contains(index), "a \(rawValue) has no face \(index)")
        switch self {
        case .d100: return index < 10 ? "0\(index)" : "\(index)"
        default: return "\(index + 1)"
        }
    }

    /// How to read a roll, as the sheet says it.
    public var reading: String {
        switch self {
        case .d6: "Roll one six-sided die (1–6)."
        case .d10: "Roll one ten-sided die (1–10; a face showing 0 counts as 10)."
        case .d20: "Roll one twenty-sided die (1–20)."
        case .d100: "Roll two ten-sided dice, tens then units, and read them as 00–99."
        }
    }
}

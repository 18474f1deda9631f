import UnpluggedModel

/// A colour with opacity, each channel in 0...1.
public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// The colour of a word as the model gives it, fully opaque.
    public init(_ word: WordColor, alpha: Double = 1) {
        self.init(red: Double(word.red) / 255, green: Double(word.green) / 255,
                  blue: Double(word.blue) / 255, alpha: alpha)
    }

    /// Reads `#rrggbb`; traps on anything else, so only use it for literals in code.
    public init(hex: String) {
        guard let word = WordColor(hex: hex) else { preconditionFailure("not a #rrggbb colour: \(hex)") }
        self.init(word)
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)

    /// Relative luminance (WCAG), used to pick text that stays readable on a fill.
    public var luminance: Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.03928 ? channel / 12.92 : PortableMath.pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The colour mixed towards black by `amount` (0 = unchanged, 1 = black).
    public func darkened(by amount: Double) -> Color {
        Color(red: red * (1 - amount), green: green * (1 - amount), blue: blue * (1 - amount), alpha: alpha)
    }

    /// `#rrggbb` of the opaque part, rounded to 8 bits; used by the text dump.
    public var hex: String {
        func byte(_ channel: Double) -> UInt8 { UInt8((min(max(channel, 0), 1) * 255).rounded()) }
        return WordColor(red: byte(red), green: byte(green), blue: byte(blue)).hex
    }
}

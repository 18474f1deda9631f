extension Color {
    /// Text that stays readable on this colour: near-black on light fills, white on
    /// dark ones, whichever contrasts more (WCAG contrast ratio).
    public var contrastingText: Color {
        let onBlack = (luminance + 0.05) / 0.05
        let onWhite = 1.05 / (luminance + 0.05)
        return onBlack >= onWhite ? .nearBlackText : .white
    }

    /// The near-black written on light fills: softer than black, as dark on a slide.
    static let nearBlackText = Color(hex: "#1a1a1a")
}

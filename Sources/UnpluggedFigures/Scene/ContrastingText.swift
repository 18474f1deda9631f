extension Color {
    /// Text that stays readable on this colour: near-black on light fills, white on
    /// dark ones, whichever contrasts more (WCAG contrast ratio).
    public var contrastingText: Color {
        let onBlack = (luminance + 0.05) / 0.05
        let onWhite = 1.05 / (luminance + 0.05)
        return onBlack >= onWhite ? Color(hex: "#1a1a1a") : .white
    }
}

/// The colours and fonts every figure shares, so a whole deck looks the same.
public struct Theme: Hashable, Sendable {
    /// The canvas colour; nil for a transparent canvas.
    public var background: Color?
    /// Text drawn on the canvas itself (captions, keys).
    public var ink: Color
    /// The outline of the end token's light sticky, visible on a light canvas.
    public var endOutline: Color
    /// Soft shadow under stickies, so they read as paper on the canvas.
    public var shadow: Color
    /// The font of words written on stickies.
    public var stickyFont: Font

    public init(background: Color?, ink: Color, endOutline: Color, shadow: Color, stickyFont: Font) {
        self.background = background
        self.ink = ink
        self.endOutline = endOutline
        self.shadow = shadow
        self.stickyFont = stickyFont
    }

    /// Dark text on white: slides and print.
    public static let light = Theme(
        background: .white,
        ink: Color(hex: "#262626"),
        endOutline: Color(hex: "#8c8c8c"),
        shadow: Color(red: 0, green: 0, blue: 0, alpha: 0.14),
        stickyFont: Font(size: 26, weight: .bold)
    )

    /// Light text on near-black, for dark slide decks. The end token's light sticky
    /// keeps an outline so it reads as a note, not a hole.
    public static let dark = Theme(
        background: Color(hex: "#1e1f22"),
        ink: Color(hex: "#e8e8e8"),
        endOutline: Color(hex: "#9a9a9a"),
        shadow: Color(red: 0, green: 0, blue: 0, alpha: 0.45),
        stickyFont: Font(size: 26, weight: .bold)
    )

    /// The same theme on a transparent canvas, for pasting onto any slide background.
    public var transparent: Theme {
        var theme = self
        theme.background = nil
        return theme
    }
}

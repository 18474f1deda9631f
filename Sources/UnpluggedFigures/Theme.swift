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
    /// The inside of a bin.
    public var binFill: Color
    /// A bin's edge, and the outline of what is in focus (the bin being visited).
    public var binEdge: Color
    /// The outline of the context words looked at before the current one, and the
    /// faded arrow from the words to the bin.
    public var previous: Color
    /// The grey of the balls that pool a large bin's rarer next words: no word's colour
    /// (the words' palette has no grey), and clear of the bin's fill in either theme.
    public var otherBall: Color
    /// Whether stickies and balls also carry their word's symbol (`Vocabulary.symbol(of:)`),
    /// so they can be told apart when printed in black and white. Off for slides; the
    /// handout always turns it on.
    public var showsSymbols = false

    public init(background: Color?, ink: Color, endOutline: Color, shadow: Color, stickyFont: Font,
                binFill: Color, binEdge: Color, previous: Color, otherBall: Color) {
        self.background = background
        self.ink = ink
        self.endOutline = endOutline
        self.shadow = shadow
        self.stickyFont = stickyFont
        self.binFill = binFill
        self.binEdge = binEdge
        self.previous = previous
        self.otherBall = otherBall
    }

    /// Dark text on white: slides and print.
    public static let light = Theme(
        background: .white,
        ink: Color(hex: "#262626"),
        endOutline: Color(hex: "#8c8c8c"),
        shadow: Color(red: 0, green: 0, blue: 0, alpha: 0.14),
        stickyFont: Font(size: 26, weight: .bold),
        binFill: Color(hex: "#eeeeee"),
        binEdge: Color(hex: "#595959"),
        previous: Color(hex: "#a6a6a6"),
        otherBall: Color(hex: "#9a9a9a")
    )

    /// Light text on near-black, for dark slide decks. The end token's light sticky
    /// keeps an outline so it reads as a note, not a hole.
    public static let dark = Theme(
        background: Color(hex: "#1e1f22"),
        ink: Color(hex: "#e8e8e8"),
        endOutline: Color(hex: "#9a9a9a"),
        shadow: Color(red: 0, green: 0, blue: 0, alpha: 0.45),
        stickyFont: Font(size: 26, weight: .bold),
        binFill: Color(hex: "#3a3c41"),
        binEdge: Color(hex: "#c8c8c8"),
        previous: Color(hex: "#7d7f85"),
        otherBall: Color(hex: "#8e9096")
    )

    /// The same theme on a transparent canvas, for pasting onto any slide background.
    public var transparent: Theme {
        var theme = self
        theme.background = nil
        return theme
    }
}

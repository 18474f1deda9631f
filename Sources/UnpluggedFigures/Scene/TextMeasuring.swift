/// The size of a line of text as a renderer will draw it.
public struct TextMetrics: Hashable, Sendable {
    /// The advance width of the whole line.
    public var width: Double
    /// The line's height (ascent plus descent plus the font's line gap).
    public var height: Double
    /// The distance from the top of the line to its baseline.
    public var baseline: Double

    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// The one thing layout needs from the text engine: how big a line of text is.
///
/// The Cairo layer answers with Pango, so layout fits the glyphs that are drawn;
/// tests answer with a fixed-advance fake, so the figure layer never links Cairo.
public protocol TextMeasuring: Sendable {
    func measure(_ text: String, font: Font) -> TextMetrics
}

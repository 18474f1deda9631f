import UnpluggedFigures

/// A text measurer with fixed-advance glyphs, so layout tests need no font engine:
/// every character is `advance` ems wide and a line is 1.2 ems high.
struct FixedAdvanceMeasurer: TextMeasuring {
    var advance = 0.6

    func measure(_ text: String, font: Font) -> TextMetrics {
        TextMetrics(width: Double(text.count) * advance * font.size, height: 1.2 * font.size, baseline: 0.95 * font.size)
    }
}

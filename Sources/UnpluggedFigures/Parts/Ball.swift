import UnpluggedModel

/// A ping-pong ball: one count of one next word in a bin.
public struct Ball: Sendable {
    public let word: String
    public let color: Color
    public let isEnd: Bool
    /// The word's greyscale symbol, written on the ball when the theme shows symbols.
    public let symbol: String

    public init(word: String, vocabulary: Vocabulary) {
        self.word = word
        isEnd = vocabulary.isEnd(word)
        // The end token's light grey would vanish on a light grey bin: its ball is white.
        color = isEnd ? .white : Color(vocabulary.color(of: word))
        symbol = vocabulary.symbol(of: word)
    }

    /// The ball at `centre`. The end token's light ball gets a grey outline so it shows
    /// on a light bin (the reference's white balls vanish); a new ball gets a ring.
    /// When the theme shows symbols and a `measurer` is given to centre it, the word's
    /// symbol is written on the ball.
    public func node(at centre: Point, radius: Double, theme: Theme, isNew: Bool = false,
                     measurer: (any TextMeasuring)? = nil) -> Node {
        let edge = isEnd
            ? Stroke(theme.endOutline, width: max(1, radius * 0.16))
            : Stroke(color.darkened(by: 0.25), width: max(0.6, radius * 0.1))
        var ball = Node.circle(center: centre, radius: radius, style: Style(fill: color, stroke: edge))
        if theme.showsSymbols, let measurer {
            ball = .group(Group("ball \(word)", children: [ball, .text(symbolText(at: centre, radius: radius, measurer: measurer))]))
        }
        guard isNew else { return ball }
        let ring = Node.circle(center: centre, radius: radius + max(2, radius * 0.3),
                               style: Style(stroke: Stroke(theme.binEdge, width: max(1.5, radius * 0.2))))
        return .group(Group("new ball \(word)", children: [ball, ring]))
    }

    /// The symbol centred on the ball, as large as fits inside it.
    private func symbolText(at centre: Point, radius: Double, measurer: some TextMeasuring) -> TextRun {
        var font = Font(size: radius, weight: .bold)
        var metrics = measurer.measure(symbol, font: font)
        if metrics.width > radius * 1.5 {
            font.size = (radius * 1.5 / metrics.width * font.size * 10).rounded(.down) / 10
            metrics = measurer.measure(symbol, font: font)
        }
        return TextRun(symbol, font: font, color: color.contrastingText,
                       frame: Rect(x: centre.x - metrics.width / 2, y: centre.y - metrics.height / 2,
                                   width: metrics.width, height: metrics.height))
    }
}

import UnpluggedModel

/// A ping-pong ball: one count of one next word in a bin, or a grey ball for any of a
/// large bin's rarer next words.
public struct Ball: Sendable {
    /// The ball's word; nil for a grey "other" ball.
    public let word: String?
    public let color: Color
    public let isEnd: Bool
    /// What is written on the ball (its word, its symbol, or ■ for the end token), or
    /// nil for a ball that is its colour alone.
    public let text: String?

    /// The ball of `word` marked as `marks` say for its figure.
    public init(word: String, vocabulary: Vocabulary, marks: WordMarks) {
        self.word = word
        isEnd = vocabulary.isEnd(word)
        // The end token's light grey would vanish on a light grey bin: its ball is white.
        color = isEnd ? .white : Color(vocabulary.color(of: word))
        text = marks.ballText(of: word)
    }

    /// The ball drawn in a figure: a word's, marked as `marks` say, or a grey "other"
    /// ball in the theme's grey, with nothing written on it.
    public init(_ ball: DrawnBall, vocabulary: Vocabulary, marks: WordMarks, theme: Theme) {
        switch ball {
        case .word(let word):
            self.init(word: word, vocabulary: vocabulary, marks: marks)
        case .other:
            self.init(word: nil, color: theme.otherBall, isEnd: false, text: nil)
        }
    }

    private init(word: String?, color: Color, isEnd: Bool, text: String?) {
        self.word = word
        self.color = color
        self.isEnd = isEnd
        self.text = text
    }

    /// The ball of `word` drawn apart from a figure (a handout's key), with the
    /// whole vocabulary's marks.
    public init(word: String, vocabulary: Vocabulary, theme: Theme) {
        self.init(word: word, vocabulary: vocabulary, marks: WordMarks(vocabulary: vocabulary, theme: theme))
    }

    /// The largest share of the ball's diameter written text may take, so it stays
    /// inside the round edge.
    static let textWidthShare = 0.75
    /// A word shrunk below this share of the radius is too small to read on a ball:
    /// its symbol is written instead.
    static let smallestWordShare = 0.6

    /// Whether `word` fits on a ball of `radius` large enough to read: in proportion to
    /// the ball, and at least `smallestText`, the figure's readable floor on its slide.
    static func fits(_ word: String, radius: Double, smallestText: Double = 0, measurer: some TextMeasuring) -> Bool {
        textFont(for: word, radius: radius, measurer: measurer).size >= max(radius * smallestWordShare, smallestText)
    }

    /// The smallest ball on which each of `words`' symbols (and the end token's ■) is
    /// written at `smallestText` or larger: the figure's readable floor. A ball that
    /// carries a symbol must read from the back row as well as a sticky; the colour
    /// lesson's balls, their colour alone, need no floor (`labels`: the figure's other
    /// words, which decide with `words` whether balls carry text).
    static func readableRadius(writingSymbolsOf words: [String], besides labels: [String], vocabulary: Vocabulary,
                               theme: Theme, smallestText: Double, measurer: some TextMeasuring) -> Double {
        guard smallestText > 0, WordMarks.writesText(showing: words + labels, vocabulary: vocabulary, theme: theme) else {
            return 0
        }
        // A tenth of a point more: text on a ball is sized down to tenths of a point.
        let font = Font(size: smallestText + 0.1, weight: .bold)
        let symbols = Set(words.map(vocabulary.symbol(of:)) + [vocabulary.symbol(of: vocabulary.endToken)])
        let widest = symbols.map { measurer.measure($0, font: font).width }.max() ?? 0
        return max(smallestText, widest / (2 * textWidthShare))
    }

    /// The font `text` is written with on a ball of `radius`: bold, as tall as the
    /// radius, smaller when that would be too wide.
    private static func textFont(for text: String, radius: Double, measurer: some TextMeasuring) -> Font {
        var font = Font(size: radius, weight: .bold)
        let width = measurer.measure(text, font: font).width
        let room = radius * 2 * textWidthShare
        if width > room {
            font.size = (room / width * font.size * 10).rounded(.down) / 10
        }
        return font
    }

    /// The ball at `centre`. The end token's light ball gets a grey outline so it shows
    /// on a light bin (the reference's white balls vanish); a new ball gets a ring.
    /// When the ball has text and a `measurer` is given to centre it, the text is
    /// written on the ball.
    public func node(at centre: Point, radius: Double, theme: Theme, isNew: Bool = false,
                     measurer: (any TextMeasuring)? = nil) -> Node {
        let edge = isEnd
            ? Stroke(theme.endOutline, width: max(1, radius * 0.16))
            : Stroke(color.darkened(by: 0.25), width: max(0.6, radius * 0.1))
        var ball = Node.circle(center: centre, radius: radius, style: Style(fill: color, stroke: edge))
        if let text, let measurer {
            ball = .group(Group("ball \(name)", children: [ball, .text(textRun(text, at: centre, radius: radius, measurer: measurer))]))
        } else if word == nil {
            ball = .group(Group("other ball", children: [ball]))
        }
        guard isNew else { return ball }
        let ring = Node.circle(center: centre, radius: radius + max(2, radius * 0.3),
                               style: Style(stroke: Stroke(theme.binEdge, width: max(1.5, radius * 0.2))))
        return .group(Group("new ball \(name)", children: [ball, ring]))
    }

    /// The ball's word, or "other", as its group is named.
    private var name: String { word ?? "other" }

    /// The text centred on the ball, as large as fits inside it.
    private func textRun(_ text: String, at centre: Point, radius: Double, measurer: some TextMeasuring) -> TextRun {
        let font = Ball.textFont(for: text, radius: radius, measurer: measurer)
        let metrics = measurer.measure(text, font: font)
        return TextRun(text, font: font, color: color.contrastingText,
                       frame: Rect(x: centre.x - metrics.width / 2, y: centre.y - metrics.height / 2,
                                   width: metrics.width, height: metrics.height))
    }
}

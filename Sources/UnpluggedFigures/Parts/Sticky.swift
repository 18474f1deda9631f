import UnpluggedModel

/// A sticky note: the lesson's picture of one word.
///
/// A colour word is its colour alone, as on the classroom's paper notes; any other
/// word is written on its note, and so is every word when the figure's `WordMarks`
/// say so. The end token is light, so it gets an outline.
public struct Sticky: Sendable {
    public let word: String
    public let color: Color
    public let isEnd: Bool
    /// The text written on the note, or nil for a note that is its colour alone.
    public let label: String?
    /// The word's greyscale symbol, drawn in the note's corner when the theme shows symbols.
    public let symbol: String
    /// The figure's readable floor (`WordMarks.smallestText`): a long word shrinks no
    /// further and breaks onto more lines instead.
    public let smallestText: Double

    /// The note of `word` marked as `marks` say for its figure.
    public init(word: String, vocabulary: Vocabulary, marks: WordMarks) {
        self.word = word
        color = Color(vocabulary.color(of: word))
        isEnd = vocabulary.isEnd(word)
        label = marks.stickyText(of: word)
        symbol = vocabulary.symbol(of: word)
        smallestText = marks.smallestText
    }

    /// The note of `word` in a part showing the whole vocabulary (a table's heading).
    public init(word: String, vocabulary: Vocabulary) {
        self.init(word: word, vocabulary: vocabulary, marks: WordMarks(vocabulary: vocabulary, theme: .light))
    }

    /// The proportions of the reference lesson's notes (159 × 100).
    public static let aspectRatio = 1.6

    /// Space kept between a written word and the note's edge, as a share of its height.
    static let textPadding = 0.12

    /// The smallest font a written word may shrink to before the note grows instead.
    static let minimumFontSize = 12.0

    /// The font size a word is written at on a note of `height`: the theme's size on
    /// a full-size note, half the height on a small label note, so it stays legible.
    static func fontSize(forHeight height: Double, theme: Theme) -> Double {
        min(theme.stickyFont.size, height * 0.5)
    }

    /// How wide a note of `height` must be to hold its word: the usual proportions,
    /// or wider when even the smallest font does not fit.
    public func width(forHeight height: Double, theme: Theme, measurer: some TextMeasuring) -> Double {
        let usual = height * Sticky.aspectRatio
        guard let label else { return usual }
        let padding = height * Sticky.textPadding
        let size = Sticky.fontSize(forHeight: height, theme: theme)
        let smallestSize = max(min(Sticky.minimumFontSize, size), min(smallestText, size))
        let smallest = measurer.measure(label, font: font(size: smallestSize, theme: theme))
        return max(usual, smallest.width + 2 * padding)
    }

    /// The note drawn in `frame`: shadow, paper, outline and written word.
    /// Small label notes inside a bin go without `shadow`: they are printed on the bin.
    public func node(in frame: Rect, theme: Theme, measurer: some TextMeasuring, shadow: Bool = true) -> Node {
        let corner = frame.height * 0.04
        var children: [Node] = []
        if shadow {
            let offset = Rect(x: frame.minX, y: frame.minY + frame.height * 0.03, width: frame.width, height: frame.height)
            children.append(.rectangle(offset, cornerRadius: corner, style: Style(fill: theme.shadow)))
        }
        children.append(.rectangle(frame, cornerRadius: corner, style: Style(fill: color, stroke: outline(frame, theme: theme))))
        if let label {
            children += lines(label, in: frame, theme: theme, measurer: measurer).map(Node.text)
        }
        if theme.showsSymbols, let symbol = symbolText(in: frame, theme: theme, measurer: measurer) {
            children.append(.text(symbol))
        }
        return .group(Group("sticky \(word)", children: children))
    }

    /// The end token is near white: a grey outline keeps it visible on white slides.
    /// Other notes get a thin edge of their own colour, darker, for crisp borders.
    private func outline(_ frame: Rect, theme: Theme) -> Stroke {
        isEnd
            ? Stroke(theme.endOutline, width: max(1, frame.height * 0.02))
            : Stroke(color.darkened(by: 0.18), width: max(0.5, frame.height * 0.01))
    }

    /// The word centred on the note, on one line while it fits at the readable floor,
    /// else broken with hyphens onto as many lines as it needs at that floor.
    private func lines(_ label: String, in frame: Rect, theme: Theme, measurer: some TextMeasuring) -> [TextRun] {
        let line = text(label, in: frame, theme: theme, measurer: measurer)
        guard line.font.size < smallestText - 1e-9 else { return [line] }
        let font = font(size: smallestText, theme: theme)
        let pieces = broken(label, width: frame.width, font: font, measurer: measurer)
        let heights = pieces.map { measurer.measure($0, font: font).height }
        var y = frame.center.y - heights.reduce(0, +) / 2
        return zip(pieces, heights).map { piece, height in
            defer { y += height }
            let width = measurer.measure(piece, font: font).width
            return TextRun(piece, font: font, color: textColor,
                           frame: Rect(x: frame.center.x - width / 2, y: y, width: width, height: height))
        }
    }

    /// Whether the word must break onto more lines to stay readable on a note of `frame`'s size.
    func breaks(in frame: Rect, theme: Theme, measurer: some TextMeasuring) -> Bool {
        guard let label else { return false }
        return text(label, in: frame, theme: theme, measurer: measurer).font.size < smallestText - 1e-9
    }

    /// The height a note of `width` needs for the word broken at the readable floor.
    func brokenHeight(width: Double, theme: Theme, measurer: some TextMeasuring) -> Double {
        guard let label else { return 0 }
        let font = font(size: smallestText, theme: theme)
        let lines = broken(label, width: width, font: font, measurer: measurer)
        return lines.map { measurer.measure($0, font: font).height }.reduce(0, +) + 2 * brokenPadding
    }

    /// The room kept around a broken word: a label note's padding at the readable floor.
    private var brokenPadding: Double { 2 * smallestText * Sticky.textPadding }

    /// The fewest lines whose even share of the letters fits `width`, each but the last
    /// ending in a hyphen: "commencement" breaks in halves, never before a lone letter.
    private func broken(_ label: String, width: Double, font: Font, measurer: some TextMeasuring) -> [String] {
        let available = width - 2 * brokenPadding
        let characters = Array(label)
        var pieces = [label]
        for count in 2...max(2, characters.count) {
            let share = (characters.count + count - 1) / count
            pieces = stride(from: 0, to: characters.count, by: share).map { start in
                let end = min(start + share, characters.count)
                return String(characters[start..<end]) + (end < characters.count ? "-" : "")
            }
            if pieces.allSatisfy({ measurer.measure($0, font: font).width <= available }) { break }
        }
        return pieces
    }

    /// The word centred on the note, at the largest font size up to the theme's that
    /// fits the note's width.
    private func text(_ label: String, in frame: Rect, theme: Theme, measurer: some TextMeasuring) -> TextRun {
        let padding = frame.height * Sticky.textPadding
        let available = frame.width - 2 * padding
        var size = Sticky.fontSize(forHeight: frame.height, theme: theme)
        var metrics = measurer.measure(label, font: font(size: size, theme: theme))
        if metrics.width > available {
            // A note sized by `width(forHeight:)` holds the word at the minimum size; a
            // note whose width is fixed (a squeezed bin label) shrinks it further, so
            // the word never runs off its note.
            let smallest = min(Sticky.minimumFontSize, size)
            size = (size * available / metrics.width * 10).rounded(.down) / 10
            if size < smallest, width(forHeight: frame.height, theme: theme, measurer: measurer) <= frame.width + 0.01 {
                size = smallest
            }
            size = max(size, 1)
            metrics = measurer.measure(label, font: font(size: size, theme: theme))
        }
        let origin = Point(x: frame.center.x - metrics.width / 2, y: frame.center.y - metrics.height / 2)
        return TextRun(label, font: font(size: size, theme: theme), color: textColor,
                       frame: Rect(x: origin.x, y: origin.y, width: metrics.width, height: metrics.height))
    }

    /// Below this height a corner symbol would be too small to read.
    static let smallestCornerSymbolNote = 50.0

    /// The symbol in the note's top-left corner, a fifth of its height, clear of a
    /// written word (which is centred and keeps a padding of its own). A small note
    /// (a bin's label, a table's heading) has no room for both: a colour word's note
    /// gets its symbol large in the middle, a written word's note needs none.
    private func symbolText(in frame: Rect, theme: Theme, measurer: some TextMeasuring) -> TextRun? {
        let isSmall = frame.height < Sticky.smallestCornerSymbolNote
        if isSmall, label != nil { return nil }
        var font = font(size: frame.height * (isSmall ? 0.55 : 0.2), theme: theme)
        font.weight = .bold
        let metrics = measurer.measure(symbol, font: font)
        let inset = frame.height * 0.06
        let origin = isSmall
            ? Point(x: frame.center.x - metrics.width / 2, y: frame.center.y - metrics.height / 2)
            : Point(x: frame.minX + inset, y: frame.minY + inset * 0.5)
        return TextRun(symbol, font: font, color: textColor,
                       frame: Rect(x: origin.x, y: origin.y, width: metrics.width, height: metrics.height))
    }

    private func font(size: Double, theme: Theme) -> Font {
        var font = theme.stickyFont
        font.size = size
        return font
    }

    /// Black on light notes, white on dark ones: whichever contrasts more (WCAG).
    private var textColor: Color { color.contrastingText }
}

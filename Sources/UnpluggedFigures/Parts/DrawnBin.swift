import UnpluggedModel

/// A bin of the model as drawn: a bucket labelled with its context's stickies, holding balls
/// whose colours are the words that came next (and, in a large model's bins figure, grey
/// balls for the rarer ones).
public struct DrawnBin: Hashable, Sendable {
    /// The words of the context, oldest first: one small label sticky each.
    public var context: [String]
    /// Each ball, in the order the balls are placed (bottom row first).
    public var balls: [DrawnBall]
    /// Whether the bin is the one being visited: its edge is drawn thick.
    public var isFocused: Bool
    /// The ball just dropped in, marked with a ring; an index into `balls`.
    public var newBall: Int?
    /// A context that generation can reach but that holds no balls: marked so a
    /// reader sees why generating would stop there.
    public var isDeadEnd: Bool
    /// The bin of the start of a document, when documents were counted with start
    /// padding: its labels are end tokens, as makemore's "." begins and ends a name,
    /// so a caption says "start" beside them.
    public var isStart: Bool

    public init(context: [String], balls: [DrawnBall], isFocused: Bool = false, newBall: Int? = nil,
                isDeadEnd: Bool = false, isStart: Bool = false) {
        self.context = context
        self.balls = balls
        self.isFocused = isFocused
        self.newBall = newBall
        self.isDeadEnd = isDeadEnd
        self.isStart = isStart
    }

    /// The edge of a visited bin, and of any other bin.
    static let focusedEdgeWidth = 3.0
    static let edgeWidth = 1.0

    /// Where the balls of a bin with a `contextLength`-word label go in `shape`.
    /// Balls keep clear of the thick focused edge even when the edge is thin, so they
    /// stay put from frame to frame.
    public static func packing(in shape: BinShape, contextLength: Int, radius: Double) -> BallPacking {
        let labels = labelFrames(in: shape, count: contextLength)
        let ceiling = (labels.map(\.maxY).max() ?? shape.frame.minY) + radius * 0.3
        return BallPacking(shape: shape, radius: radius, gap: max(1, radius * 0.18),
                           wallReach: focusedEdgeWidth / 2, ceiling: ceiling)
    }

    /// The label stickies' frames: small notes in a row, inside the bin's top left,
    /// in the reference's proportions (a 30 × 20 note on a 140-wide bin), and at least
    /// tall enough for the shape's smallest text: a label writes at half its height.
    public static func labelFrames(in shape: BinShape, count: Int) -> [Rect] {
        guard count > 0 else { return [] }
        let frame = shape.frame
        let gap = frame.width * 0.02
        let inset = frame.width * 0.07
        let readable = 2 * shape.smallestText
        var height = max(frame.width * 0.143, readable)
        var width = height * 1.5
        let room = frame.width - 2 * inset
        if Double(count) * (width + gap) - gap > room {
            width = (room + gap) / Double(count) - gap
            height = max(width / 1.5, readable)
        }
        return (0..<count).map { index in
            Rect(x: frame.minX + inset + Double(index) * (width + gap), y: frame.minY + frame.width * 0.02,
                 width: width, height: height)
        }
    }

    /// The label stickies' frames for these words: each slot widened to hold its
    /// written word, all narrowed together if they would then overflow the bin (the
    /// word then shrinks to fit its note).
    public static func labelFrames(in shape: BinShape, context: [String], vocabulary: Vocabulary, marks: WordMarks,
                                   theme: Theme, measurer: some TextMeasuring) -> [Rect] {
        let slots = labelFrames(in: shape, count: context.count)
        guard let first = slots.first else { return [] }
        let gap = shape.frame.width * 0.02
        let room = shape.frame.width - 2 * (first.minX - shape.frame.minX)
        // A colour label keeps the reference's proportions; a written word may need more.
        var widths = zip(context, slots).map { word, slot in
            let sticky = Sticky(word: word, vocabulary: vocabulary, marks: marks)
            guard sticky.label != nil else { return slot.width }
            return max(slot.width, sticky.width(forHeight: slot.height, theme: theme, measurer: measurer))
        }
        let needed = widths.reduce(0, +) + gap * Double(widths.count - 1)
        if needed > room {
            let squeeze = (room - gap * Double(widths.count - 1)) / widths.reduce(0, +)
            widths = widths.map { $0 * squeeze }
        }
        var x = first.minX
        return zip(zip(slots, widths), context).map { slotAndWidth, word in
            let (slot, width) = slotAndWidth
            defer { x += width + gap }
            var frame = Rect(x: x, y: slot.minY, width: width, height: slot.height)
            // A word too long for the bin at the readable floor breaks onto more lines,
            // its label growing down to hold them.
            let sticky = Sticky(word: word, vocabulary: vocabulary, marks: marks)
            if sticky.breaks(in: frame, theme: theme, measurer: measurer) {
                frame.size.height = max(frame.height, sticky.brokenHeight(width: width, theme: theme, measurer: measurer))
            }
            return frame
        }
    }

    /// The bin drawn in `shape` with balls of `radius`, its words marked as its
    /// figure's `marks` say.
    public func node(in shape: BinShape, radius: Double, vocabulary: Vocabulary, marks: WordMarks, theme: Theme,
                     measurer: some TextMeasuring) -> Node {
        let edge = Stroke(theme.binEdge, width: isFocused ? DrawnBin.focusedEdgeWidth : DrawnBin.edgeWidth,
                          dash: isDeadEnd ? [5, 4] : [], join: .round)
        var children: [Node] = [.path(shape.path, style: Style(fill: theme.binFill, stroke: edge))]
        let labels = DrawnBin.labelFrames(in: shape, context: context, vocabulary: vocabulary, marks: marks, theme: theme,
                                          measurer: measurer)
        for (word, frame) in zip(context, labels) {
            let sticky = Sticky(word: word, vocabulary: vocabulary, marks: marks)
            children.append(sticky.node(in: frame, theme: theme, measurer: measurer, shadow: false))
        }
        if isStart, let caption = DrawnBin.startCaption(in: shape, besides: labels, theme: theme, measurer: measurer) {
            children.append(.text(caption))
        }
        let places = DrawnBin.packing(in: shape, contextLength: context.count, radius: radius).places
        for (index, (ball, centre)) in zip(balls, places).enumerated() {
            children.append(Ball(ball, vocabulary: vocabulary, marks: marks, theme: theme)
                .node(at: centre, radius: radius, theme: theme, isNew: index == newBall, measurer: measurer))
        }
        let name = "bin " + (context.isEmpty ? "(start)" : context.joined(separator: " "))
        return .group(Group(name, children: children))
    }

    /// "start" in the row of the labels, right of them, as large as the room there
    /// allows up to the labels' own text size; a row of labels too long to leave
    /// legible room puts it just under them, where only a brim-full bin has balls.
    static func startCaption(in shape: BinShape, besides labels: [Rect], theme: Theme,
                             measurer: some TextMeasuring) -> TextRun? {
        guard let first = labels.first, let last = labels.last else { return nil }
        let text = "start"
        let inset = first.minX - shape.frame.minX
        let gap = shape.frame.width * 0.02
        var font = Font(size: first.height * 0.6, weight: .bold)
        let room = shape.frame.maxX - inset - (last.maxX + gap)
        let width = measurer.measure(text, font: font).width
        if width > room {
            let fitting = (font.size * room / width * 10).rounded(.down) / 10
            if fitting >= max(smallestCaption, shape.smallestText) {
                font.size = fitting
            } else {
                let metrics = measurer.measure(text, font: font)
                return TextRun(text, font: font, color: theme.ink,
                               frame: Rect(x: first.minX, y: first.maxY + gap, width: metrics.width, height: metrics.height))
            }
        }
        let metrics = measurer.measure(text, font: font)
        return TextRun(text, font: font, color: theme.ink,
                       frame: Rect(x: last.maxX + gap, y: last.center.y - metrics.height / 2,
                                   width: metrics.width, height: metrics.height))
    }

    /// Below this size the start caption is no longer read from a slide's back row
    /// (nor below the shape's own smallest text, on a fitted slide).
    static let smallestCaption = 7.0
}

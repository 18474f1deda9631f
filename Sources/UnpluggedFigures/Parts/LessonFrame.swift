import UnpluggedModel

/// One frame of the lesson as the figures show it: a document of stickies on top,
/// the model's bins below, some words marked and arrows between them.
///
/// Training, generation, the overview and the bins figure are all this, with
/// different marks and arrows; the figures fill it in from the model's traces.
public struct LessonFrame: Hashable, Sendable {
    /// How a document sticky is marked.
    public enum Mark: Hashable, Sendable {
        /// The word being acted on now: a thick dark outline.
        case focus
        /// Context looked at before the focus: a thick grey outline.
        case previous
    }

    /// A place an arrow starts or ends.
    public enum Anchor: Hashable, Sendable {
        /// A document sticky, by position.
        case word(Int)
        /// A label sticky of a bin: the bin's index and the label's position.
        case label(bin: Int, position: Int)
        /// A ball of a bin: the bin's index and the ball's index in its balls.
        case ball(bin: Int, index: Int)
    }

    /// An arrow between two anchors; faded arrows show where attention was before.
    public struct Link: Hashable, Sendable {
        public var from: Anchor
        public var to: Anchor
        public var isFaded: Bool

        public init(from: Anchor, to: Anchor, isFaded: Bool) {
            self.from = from
            self.to = to
            self.isFaded = isFaded
        }
    }

    public var document: [String]
    /// One entry per document word: its mark, or nil.
    public var marks: [Mark?]
    public var bins: [DrawnBin]
    public var links: [Link]
    public var ballRadius: Double

    public init(document: [String], marks: [Mark?], bins: [DrawnBin], links: [Link], ballRadius: Double) {
        self.document = document
        self.marks = marks
        self.bins = bins
        self.links = links
        self.ballRadius = ballRadius
    }

    /// How this frame marks its words: decided from every word it shows, the
    /// document's, the bins' labels and the balls', no word written smaller than
    /// `smallestText` (the figure's readable floor on its slide).
    public func wordMarks(vocabulary: Vocabulary, theme: Theme, smallestText: Double = 0,
                          measurer: some TextMeasuring) -> WordMarks {
        let ballWords = bins.flatMap { $0.balls.compactMap(\.word) }
        let words = document + bins.flatMap(\.context) + ballWords
        return WordMarks(words: words, ballWords: ballWords, vocabulary: vocabulary, theme: theme,
                         ballRadius: bins.contains { !$0.balls.isEmpty } ? ballRadius : nil, smallestText: smallestText,
                         measurer: measurer)
    }

    /// The frame drawn with `layout` (made for this document and these bins), its
    /// words marked with `wordMarks` (by default the frame's own).
    public func nodes(layout: LessonLayout, vocabulary: Vocabulary, wordMarks: WordMarks? = nil, theme: Theme,
                      measurer: some TextMeasuring) -> [Node] {
        let words = wordMarks ?? self.wordMarks(vocabulary: vocabulary, theme: theme, measurer: measurer)
        var stickies: [Node] = []
        for (index, (word, frame)) in zip(document, layout.words).enumerated() {
            stickies.append(Sticky(word: word, vocabulary: vocabulary, marks: words).node(in: frame, theme: theme, measurer: measurer))
            if let mark = marks.indices.contains(index) ? marks[index] : nil {
                let color = mark == .focus ? theme.binEdge : theme.previous
                stickies.append(.rectangle(frame.insetBy(-3), cornerRadius: 5,
                                           style: Style(stroke: Stroke(color, width: 4))))
            }
        }
        let bins = zip(bins, layout.bins).map { bin, shape in
            bin.node(in: shape, radius: ballRadius, vocabulary: vocabulary, marks: words, theme: theme, measurer: measurer)
        }
        // Faded arrows first, so the dark one of this moment is drawn over them.
        let arrows = links.sorted { $0.isFaded && !$1.isFaded }.enumerated().compactMap { index, link in
            arrow(link, lane: index, layout: layout, vocabulary: vocabulary, marks: words, theme: theme,
                  measurer: measurer)
        }
        return [.group(Group("document", children: stickies)), .group(Group("bins", children: bins)),
                .group(Group("arrows", children: arrows))]
    }

    /// The link's arrow: the reference's smooth curve where its way is clear (from the
    /// document's last line to a bin of the first row), else along its route
    /// (`ArrowRoute`) through the gaps, crossing the room in `lane`.
    private func arrow(_ link: Link, lane: Int, layout: LessonLayout, vocabulary: Vocabulary, marks: WordMarks,
                       theme: Theme, measurer: some TextMeasuring) -> Node? {
        guard let route = route(link, lane: lane, layout: layout, vocabulary: vocabulary, marks: marks, theme: theme,
                                measurer: measurer),
              let start = route.points.first, let end = route.points.last else { return nil }
        let curve = Arrow(from: start, to: end, color: route.color, width: route.width)
        // The curve where its way is clear: start, across the room and down, through no
        // sticky, label or ball but the ones at its ends.
        let balls = bins.indices.flatMap { bin in
            DrawnBin.packing(in: layout.bins[bin], contextLength: bins[bin].context.count, radius: ballRadius).places
                .prefix(bins[bin].balls.count).map { centre in
                    Rect(x: centre.x - ballRadius, y: centre.y - ballRadius, width: 2 * ballRadius, height: 2 * ballRadius)
                }
        }
        let obstacles = (layout.words + balls + bins.indices.flatMap { bin in
            DrawnBin.labelFrames(in: layout.bins[bin], context: bins[bin].context, vocabulary: vocabulary, marks: marks,
                                 theme: theme, measurer: measurer)
        }).filter { note in
            let near = note.insetBy(-8)
            return ![start, end].contains { near.minX <= $0.x && $0.x <= near.maxX && near.minY <= $0.y && $0.y <= near.maxY }
        }
        let clear = route.points.count <= 4 && !curve.crosses(obstacles)
        return clear ? curve.node(named: "arrow \(lane + 1)") : route.node(named: "arrow \(lane + 1)")
    }

    private func route(_ link: Link, lane: Int, layout: LessonLayout, vocabulary: Vocabulary, marks: WordMarks,
                       theme: Theme, measurer: some TextMeasuring) -> RoutedArrow? {
        let place = { (anchor: Anchor, leaving: Bool) in
            point(anchor, layout: layout, leaving: leaving, vocabulary: vocabulary, marks: marks, theme: theme,
                  measurer: measurer)
        }
        guard let start = place(link.from, true), let end = place(link.to, false) else { return nil }
        let color = link.isFaded ? theme.previous : theme.binEdge
        // A ball's arrow goes past its bin's labels; a label's drops onto it.
        let labels = { (bin: Int) in
            DrawnBin.labelFrames(in: layout.bins[bin], context: bins[bin].context, vocabulary: vocabulary, marks: marks,
                                 theme: theme, measurer: measurer)
        }
        switch (link.from, link.to) {
        case (.word(let word), .label(let bin, _)):
            return RoutedArrow(points: ArrowRoute.points(from: start, word: layout.words[word], to: end,
                                                         bin: layout.bins[bin].frame, layout: layout, lane: lane),
                               color: color, width: 3)
        case (.word(let word), .ball(let bin, _)):
            return RoutedArrow(points: ArrowRoute.points(from: start, word: layout.words[word], to: end,
                                                         bin: layout.bins[bin].frame, labels: labels(bin),
                                                         layout: layout, lane: lane),
                               color: color, width: 3)
        case (.ball(let bin, _), .word(let word)):
            return RoutedArrow(points: ArrowRoute.points(from: end, word: layout.words[word], to: start,
                                                         bin: layout.bins[bin].frame, labels: labels(bin),
                                                         layout: layout, lane: lane).reversed(),
                               color: color, width: 3)
        default:
            return RoutedArrow(points: [start, end], color: color, width: 3)
        }
    }

    /// Where an arrow leaves or reaches an anchor: the bottom of a document sticky
    /// (the top, for an arrow coming up to it), the top of a label or of a ball.
    private func point(_ anchor: Anchor, layout: LessonLayout, leaving: Bool, vocabulary: Vocabulary, marks: WordMarks,
                       theme: Theme, measurer: some TextMeasuring) -> Point? {
        switch anchor {
        case .word(let index):
            guard layout.words.indices.contains(index) else { return nil }
            let frame = layout.words[index]
            return Point(x: frame.center.x, y: leaving ? frame.maxY + 4 : frame.maxY + 5)
        case .label(let bin, let position):
            guard layout.bins.indices.contains(bin) else { return nil }
            let labels = DrawnBin.labelFrames(in: layout.bins[bin], context: bins[bin].context, vocabulary: vocabulary,
                                              marks: marks, theme: theme, measurer: measurer)
            guard labels.indices.contains(position) else { return nil }
            return Point(x: labels[position].center.x, y: labels[position].minY - 2)
        case .ball(let bin, let index):
            guard layout.bins.indices.contains(bin) else { return nil }
            let places = DrawnBin.packing(in: layout.bins[bin], contextLength: bins[bin].context.count,
                                     radius: ballRadius).places
            guard places.indices.contains(index) else { return nil }
            let reach = ballRadius + max(2, ballRadius * 0.3) + 2
            let top = Point(x: places[index].x, y: places[index].y - reach)
            let labels = DrawnBin.labelFrames(in: layout.bins[bin], context: bins[bin].context, vocabulary: vocabulary,
                                              marks: marks, theme: theme, measurer: measurer)
            if isCovered(index, among: places.prefix(bins[bin].balls.count)) || LessonFrame.isTucked(top, under: labels) {
                return LessonFrame.mouth(of: layout.bins[bin].frame, over: places[index].x, besides: labels)
            }
            return top
        }
    }

    /// Whether an arrow's tip at `top` lies under the bin's labels with too little room
    /// between them to come in under the labels and turn down onto it (a brim-full
    /// bin's top row).
    static func isTucked(_ top: Point, under labels: [Rect]) -> Bool {
        guard let left = labels.map(\.minX).min(), let right = labels.map(\.maxX).max(),
              let bottom = labels.map(\.maxY).max() else { return false }
        let beside = ArrowRoute.clearance + arrowHalfWidth
        return left - beside <= top.x && top.x <= right + beside && top.y < bottom + ArrowRoute.clearance + turnRoom
    }

    /// The room an arrow needs below the run under the labels to turn down and show its head.
    static let turnRoom = 18.0

    /// Half the widest arrow head, and a little: how near an arrow dropping onto a ball
    /// passes the balls beside its way.
    static let arrowHalfWidth = 5.0

    /// Whether balls lie above ball `index` of `places` (the balls a bin holds), in the
    /// way of an arrow dropping onto it: the overview's arrow to a ball an earlier step
    /// dropped, now under the balls that fell on it.
    private func isCovered(_ index: Int, among places: ArraySlice<Point>) -> Bool {
        let target = places[places.startIndex + index]
        return places.contains { other in
            other.y < target.y - 1e-9 && abs(other.x - target.x) < ballRadius + LessonFrame.arrowHalfWidth
        }
    }

    /// Where an arrow to a ball that other balls cover ends: at the bin's mouth, just
    /// above its rim, over the ball (or just right of the bin's labels, when the ball
    /// is under them), so it crosses no ball it does not point at.
    static func mouth(of bin: Rect, over x: Double, besides labels: [Rect]) -> Point {
        var x = x
        if let left = labels.map(\.minX).min(), let right = labels.map(\.maxX).max(),
           left - ArrowRoute.clearance - arrowHalfWidth <= x, x < right + ArrowRoute.clearance + arrowHalfWidth {
            x = right + ArrowRoute.clearance + arrowHalfWidth
        }
        return Point(x: min(x, bin.maxX - arrowHalfWidth), y: bin.minY - 2)
    }
}

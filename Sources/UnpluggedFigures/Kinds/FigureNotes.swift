/// Short lines of text under a figure's content: the key "1 ball = 5 counts", or a
/// note of what was left out. They are part of the picture, so a slide that shows
/// the figure shows its scale too.
struct FigureNotes {
    private(set) var lines: [String]
    /// The notes' font: the usual size, or larger on a figure whose slide shows it small.
    let font: Font

    static let fontSize = 13.0
    static let lineGap = 4.0

    /// - Parameter smallestText: the figure's readable floor (`SlideFit.readableTextSize`);
    ///   notes are written at the usual size or that floor, whichever is larger.
    init(_ lines: [String?], smallestText: Double = 0) {
        self.lines = lines.compactMap { $0 }
        font = Font(size: max(FigureNotes.fontSize, smallestText))
    }

    /// Notes written at the figure's readable floor itself (the usual size when it has
    /// none): for a figure cut to fit its slide (a part of a long training sequence),
    /// whose notes, in larger text, would take the room its balls need.
    init(_ lines: [String?], atFloor smallestText: Double) {
        self.lines = lines.compactMap { $0 }
        font = Font(size: smallestText > 0 ? smallestText : FigureNotes.fontSize)
    }

    /// These notes and `more` lines after them, in the same font.
    func adding(_ more: [String]) -> FigureNotes {
        var notes = self
        notes.lines += more
        return notes
    }

    /// The height the notes take below the content (0 when there are none).
    func height(measurer: some TextMeasuring) -> Double {
        guard !lines.isEmpty else { return 0 }
        return lines.map { measurer.measure($0, font: font).height + FigureNotes.lineGap }.reduce(0, +)
    }

    /// The widest line's width.
    func width(measurer: some TextMeasuring) -> Double {
        lines.map { measurer.measure($0, font: font).width }.max() ?? 0
    }

    /// The lines, left-aligned at `x`, from `top` down.
    func node(x: Double, top: Double, theme: Theme, measurer: some TextMeasuring) -> Node {
        var y = top
        let runs: [Node] = lines.map { line in
            let metrics = measurer.measure(line, font: font)
            defer { y += metrics.height + FigureNotes.lineGap }
            return .text(TextRun(line, font: font, color: theme.ink,
                                 frame: Rect(x: x, y: y, width: metrics.width, height: metrics.height)))
        }
        return .group(Group("notes", children: runs))
    }

    static let font = Font(size: fontSize)
}

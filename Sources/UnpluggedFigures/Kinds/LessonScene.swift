import UnpluggedModel

/// A lesson frame on its canvas: the frame's layout, and notes under it.
///
/// Every figure with bins (bins, training, generation, overview) ends here, so they
/// share margins, notes and background, and one way of staying readable on a slide:
/// the frame's words, labels, balls and notes are written no smaller than
/// `smallestText`, the size that reads from the back row once the slide shows the
/// figure (`SlideFit.readableTextSize`).
struct LessonScene {
    let frame: LessonFrame
    let layout: LessonLayout
    let notes: FigureNotes
    /// The figure's readable floor, in points of its own size (0: none).
    var smallestText = 0.0
    /// The canvas every frame of a sequence shares, at least this frame's own: a frame
    /// with fewer notes keeps the size, so the slide shows each frame at one scale.
    var sequenceSize: Size?
    /// The page the figure is shown on, when its notes may fill the width the page
    /// shows at the figure's scale (a narrow part of a training sequence, its legend
    /// then fewer lines); nil: the layout's width.
    var page: Page?

    /// Room between the last row of bins and the notes.
    static let notesGap = 4.0
    /// A legend longer than this is not read from a slide: the figure shows fewer bins.
    static let legendLimit = 8

    /// The frame's word marks, with the figure's readable floor.
    func wordMarks(vocabulary: Vocabulary, theme: Theme, measurer: some TextMeasuring) -> WordMarks {
        frame.wordMarks(vocabulary: vocabulary, theme: theme, smallestText: smallestText, measurer: measurer)
    }

    /// The legend's lines, as the notes under the figure write them.
    func legendLines(vocabulary: Vocabulary, theme: Theme, measurer: some TextMeasuring) -> [String] {
        wordMarks(vocabulary: vocabulary, theme: theme, measurer: measurer)
            .legendLines(width: notesWidth, font: notes.font, measurer: measurer)
    }

    /// The width the notes fill: the layout's, or on `page` as wide as the page shows
    /// beside a layout narrower than its shape, which the figure is then shown no smaller for.
    var notesWidth: Double {
        var width = layout.size.width
        if let page {
            let room = Size(width: page.size.width - 2 * page.margin, height: page.size.height - 2 * page.margin)
            width = max(width, layout.size.height * room.width / room.height)
        }
        return width - 2 * LessonLayout.margin
    }

    /// The scene's word marks, its notes with the legend, and the canvas they need:
    /// measured before any node is made, so a figure can weigh layouts by size alone
    /// and make the nodes of the one it draws.
    struct Measured {
        let marks: WordMarks
        /// The frame's notes, then the legend of symbols.
        let notes: FigureNotes
        let legendLineCount: Int
        let size: Size
    }

    func measured(vocabulary: Vocabulary, theme: Theme, measurer: some TextMeasuring) -> Measured {
        let marks = wordMarks(vocabulary: vocabulary, theme: theme, measurer: measurer)
        // The legend is a note, so a slide that shows the figure shows its symbols too.
        let legend = marks.legendLines(width: notesWidth, font: notes.font, measurer: measurer)
        let notes = self.notes.adding(legend)
        var size = layout.size
        if !notes.lines.isEmpty {
            size.height = notesTop + notes.height(measurer: measurer) + LessonLayout.margin
            size.width = max(size.width, notes.width(measurer: measurer) + 2 * LessonLayout.margin)
        }
        if let sequenceSize {
            size = Size(width: max(size.width, sequenceSize.width), height: max(size.height, sequenceSize.height))
        }
        return Measured(marks: marks, notes: notes, legendLineCount: legend.count, size: size)
    }

    /// Where the notes start: a little under the last row of bins.
    private var notesTop: Double { layout.size.height - LessonLayout.margin + LessonScene.notesGap }

    func scene(title: String, description: String, vocabulary: Vocabulary, theme: Theme,
               measurer: some TextMeasuring) -> Scene {
        scene(title: title, description: description,
              measured: measured(vocabulary: vocabulary, theme: theme, measurer: measurer),
              vocabulary: vocabulary, theme: theme, measurer: measurer)
    }

    /// The scene as `measured`, which is this lesson scene's own measure.
    func scene(title: String, description: String, measured: Measured, vocabulary: Vocabulary, theme: Theme,
               measurer: some TextMeasuring) -> Scene {
        var nodes = frame.nodes(layout: layout, vocabulary: vocabulary, wordMarks: measured.marks, theme: theme,
                                measurer: measurer)
        if !measured.notes.lines.isEmpty {
            nodes.append(measured.notes.node(x: LessonLayout.margin, top: notesTop, theme: theme, measurer: measurer))
        }
        return Scene(size: measured.size, background: theme.background, title: title, description: description,
                     nodes: nodes)
    }

    /// The readable floor of a figure laid out by `make` (given a floor, it makes the
    /// figure's scene): the floor a canvas of `size` needs on `page`, raised until the
    /// scene made with it needs no more (larger text may mean more symbols, a longer
    /// legend, a taller canvas shown smaller). Returns the last scene and its floor.
    static func readable(from size: Size, on page: Page, _ make: (Double) -> Scene) -> (scene: Scene, smallestText: Double) {
        let readable = readable(from: size, on: page, sizeOf: \.size, make)
        return (readable.made, readable.smallestText)
    }

    /// `readable(from:on:_:)` for what `make` makes, of the size `sizeOf` says: a
    /// figure may weigh a layout's size before it makes its nodes.
    static func readable<Made>(from size: Size, on page: Page, sizeOf: (Made) -> Size,
                               _ make: (Double) -> Made) -> (made: Made, smallestText: Double) {
        var floor = SlideFit.readableTextSize(for: size, on: page)
        var made = make(floor)
        for _ in 0..<4 {
            let needed = SlideFit.readableTextSize(for: sizeOf(made), on: page)
            guard needed > floor + 1e-9 else { break }
            floor = needed
            made = make(floor)
        }
        return (made, floor)
    }
}

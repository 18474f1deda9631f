import UnpluggedModel

/// What every frame of a generation figure shares: the trace, the bins and their balls,
/// one layout (wide enough for the finished document), one ball size.
struct GenerationStory {
    let model: Model
    let trace: GenerationTrace
    let selection: BinSelection
    let filling: BallFilling
    let layout: LessonLayout
    let options: FigureOptions
    let deadEnds: Set<Context>
    /// How many end tokens stand before the document as its start: the context length
    /// when the model learnt how documents start (it was counted with start padding),
    /// as training on it shows them.
    let padding: Int
    /// The frames' readable floor (`SequenceFit`), and the canvas every frame takes.
    let fit: SequenceFit?
    let smallestText: Double
    /// The words written on the document's stickies and the bins' labels, and on balls.
    private let labels: [String]
    private let ballWords: [String]

    /// - Parameters:
    ///   - grid: the bins' grid (`BinGrid`); nil: the reference's square bins in the
    ///     rows that show the frame largest, while the grid is being found (`fitted`).
    ///   - fit: the sequence's fit; nil while it is being found.
    init(model: Model, trace: GenerationTrace, options: FigureOptions, grid: BinGrid?, fit: SequenceFit?,
         smallestText: Double, measurer: some TextMeasuring) {
        self.fit = fit
        self.smallestText = smallestText
        self.model = model
        self.trace = trace
        self.options = options
        selection = BinSelection(model: model, visited: trace.draws.map(\.bin.context), fillingUp: false)
        let finished = trace.draws.last?.document ?? trace.prompt
        padding = model.hasStartBin ? model.contextLength : 0
        let bins = selection.contexts.map(model.bin(for:))
        labels = finished + selection.contexts.flatMap(\.words) + [model.vocabulary.endToken]
        ballWords = bins.flatMap { $0.counts.map(\.word) }
        let writesText = WordMarks.writesText(showing: labels + ballWords, vocabulary: model.vocabulary, theme: options.theme)
        let wordCount = max(padding + finished.count, 1)
        let floor = writesText ? smallestText : 0
        layout = grid?.layout(wordCount: wordCount, binCount: selection.contexts.count, smallestText: floor)
            ?? LessonLayout(wordCount: wordCount, binCount: selection.contexts.count, page: options.page, smallestText: floor)
        let shape = layout.bins.first ?? BinShape(frame: Rect(x: 0, y: 0, width: LessonLayout.binSize.width,
                                                             height: LessonLayout.binSize.height))
        filling = BallFilling(bins: bins, contextLength: model.contextLength,
                              shape: shape, order: options.ballOrder, seed: options.seed,
                              smallestRadius: Ball.readableRadius(writingSymbolsOf: ballWords, besides: labels,
                                                                  vocabulary: model.vocabulary, theme: options.theme,
                                                                  smallestText: smallestText, measurer: measurer))
        deadEnds = selection.deadEnds(in: model)
    }

    /// Whether stickies and balls carry their words, so labels keep the readable floor.
    private var writesText: Bool {
        WordMarks.writesText(showing: labels + ballWords, vocabulary: model.vocabulary, theme: options.theme)
    }

    /// The story of every frame of `trace`, laid out with the fit of its last frame, which
    /// holds the whole document and so its longest legend: in the reference's square
    /// bins, or, when they scale counts, in the grid whose bins hold the fullest visited
    /// bin one ball a count (`BinGrid`), as the bins figure's do, if it holds them better.
    static func fitted(model: Model, trace: GenerationTrace, options: FigureOptions,
                       measurer: some TextMeasuring) -> GenerationStory {
        func story(in grid: BinGrid?) -> GenerationStory {
            let unfitted = GenerationStory(model: model, trace: trace, options: options, grid: grid, fit: nil,
                                           smallestText: 0, measurer: measurer)
            let fit = SequenceFit(from: unfitted.layout.size, on: options.page) { floor in
                GenerationStory(model: model, trace: trace, options: options, grid: grid, fit: nil, smallestText: floor,
                                measurer: measurer)
                    .scene(afterDraws: trace.draws.count, theme: options.theme, measurer: measurer)
            }
            return GenerationStory(model: model, trace: trace, options: options, grid: grid, fit: fit,
                                   smallestText: fit.smallestText, measurer: measurer)
        }
        let square = story(in: nil)
        guard square.filling.countsPerBall > 1 else { return square }
        let last = square.scene(afterDraws: trace.draws.count, theme: options.theme, measurer: measurer)
        let fullest = square.selection.contexts.map { model.bin(for: $0).total }.max() ?? 0
        let grid = BinGrid.choosing(wordCount: square.layout.words.count, binCount: square.selection.contexts.count,
                                    fullest: fullest, page: options.page,
                                    notesHeight: last.size.height - square.layout.size.height) { grid, floor in
            grid.balls(holding: fullest, contextLength: model.contextLength, smallestText: square.writesText ? floor : 0,
                       smallestRadius: Ball.readableRadius(writingSymbolsOf: square.ballWords, besides: square.labels,
                                                           vocabulary: model.vocabulary, theme: options.theme,
                                                           smallestText: floor, measurer: measurer))
        }
        let chosen = story(in: grid)
        let holdsBetter = chosen.filling.countsPerBall < square.filling.countsPerBall
            && SlideFit.isReadable(chosen.scene(afterDraws: trace.draws.count, theme: options.theme, measurer: measurer),
                                   on: options.page)
        return holdsBetter ? chosen : square
    }

    /// The frame after `drawCount` draws: the prompt alone for 0.
    func scene(afterDraws drawCount: Int, theme: Theme, measurer: some TextMeasuring) -> Scene {
        var bins = zip(selection.contexts, filling.balls).map { context, balls in
            DrawnBin(context: context.words, balls: balls, isDeadEnd: deadEnds.contains(context),
                     isStart: padding > 0 && context == model.startContext)
        }
        let start = Array(repeating: model.vocabulary.endToken, count: padding)
        var document = start + trace.prompt
        var marks: [LessonFrame.Mark?] = []
        var links: [LessonFrame.Link] = []
        var description = opening
        if drawCount > 0 {
            let draw = trace.draws[drawCount - 1]
            document = start + draw.document
            let bin = selection.contexts.firstIndex(of: draw.bin.context)!
            bins[bin].isFocused = true
            marks = Array(repeating: nil, count: document.count)
            let newSticky = document.count - 1
            marks[newSticky] = .focus
            // The context words shown (the start's end tokens included) point to the labels.
            let firstContextWord = newSticky - draw.context.words.count
            for (position, sticky) in (firstContextWord..<newSticky).enumerated() where sticky >= 0 {
                marks[sticky] = .previous
                links.append(.init(from: .word(sticky), to: .label(bin: bin, position: position), isFaded: true))
            }
            // The ball nearest the top of those of the drawn word: the one a hand would take.
            if let ball = bins[bin].balls.lastIndex(of: .word(draw.ball)) {
                bins[bin].newBall = ball
                links.append(.init(from: .ball(bin: bin, index: ball), to: .word(newSticky), isFaded: false))
            }
            description = sentence(for: draw)
        }
        let frame = LessonFrame(document: document, marks: marks, bins: bins, links: links, ballRadius: filling.radius)
        let notes = FigureNotes([filling.countsPerBall > 1 ? "Key: 1 ball = \(filling.countsPerBall) counts" : nil],
                                smallestText: smallestText)
        let title = drawCount == 0 ? "Generation: the prompt" : "Generation, draw \(drawCount) of \(trace.draws.count)"
        return LessonScene(frame: frame, layout: layout, notes: notes, smallestText: smallestText,
                           sequenceSize: fit?.size).scene(
            title: title, description: description, vocabulary: model.vocabulary, theme: theme, measurer: measurer)
    }

    private var alt: AltText { AltText(vocabulary: model.vocabulary) }

    /// The first frame's alt text.
    private var opening: String {
        if trace.prompt.isEmpty {
            return "Generation starts from an empty document, at the bin of the start."
        }
        let drawn = trace.promptWasDrawn ? ", a context drawn at random" : ""
        return "Generation starts from the prompt \(alt.words(trace.prompt))\(drawn)."
    }

    /// "Draw 2 of 5: from the blue bin comes a purple ball, so purple is written next."
    private func sentence(for draw: GenerationDraw) -> String {
        let number = "Draw \(draw.index + 1) of \(trace.draws.count)"
        let drawn = "\(number): from \(alt.bin(draw.bin.context)) comes \(alt.ball(draw.ball))"
        if model.vocabulary.isEnd(draw.ball) {
            return "\(drawn), so the document ends: \(alt.words(trace.words))."
        }
        let ending = draw.index + 1 == trace.draws.count && trace.stop == .maximumLength
            ? " The document stops at the maximum length of \(AltText.count(options.maximumLength, "word"))." : ""
        return "\(drawn), so \(alt.word(draw.ball)) comes next.\(ending)"
    }
}

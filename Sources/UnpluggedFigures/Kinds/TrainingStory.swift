import UnpluggedModel

/// What every frame of one document's training shares: the document as shown, the
/// bins with the balls the documents before it dropped, one layout and one ball size,
/// and the order balls fell into each bin.
///
/// Training, its standalone frames and the overview are all drawn from this, so a
/// frame drawn alone is the same as that frame of the sequence.
struct TrainingStory {
    let trace: TrainingTrace
    /// The document shown, from 0: its steps are the ones animated.
    let document: Int
    /// The stretch of the document shown: every step, or one part of a long document's.
    let stretch: TrainingStretch
    /// The stretch's steps, in order.
    let steps: ArraySlice<TrainingStep>
    /// The stretch's stickies: from the first step's context to the last step's word,
    /// the start padding's end tokens (when trained with it) and the end token included
    /// when the stretch reaches them; the whole document when it is one stretch.
    let words: [String]
    /// How many padding stickies come before the document's first word.
    let padding: Int
    /// Where the first of `words` is among the document's stickies (0 for the whole).
    let firstWord: Int
    /// The document's stickies, padding and end token included.
    let documentWordCount: Int
    /// The bins the whole document visits, of which the stretch shows its own.
    let documentBinCount: Int
    /// The whole document's steps, of which the stretch shows its own.
    let documentStepCount: Int
    let selection: BinSelection
    let layout: LessonLayout
    let radius: Double
    /// Whether the fullest bin holds balls large enough to write on at the readable
    /// floor; when not, `radius` is smaller, and the balls' text does not read.
    let ballsRead: Bool
    /// Per shown bin, the balls the earlier documents dropped, in the order they fell.
    let earlierBalls: [[String]]

    /// - Parameters:
    ///   - document: the document to show, from 0; the trace's steps before it fill
    ///     the bins it starts from.
    ///   - stretch: the part of the document's steps shown; all of them when nil.
    ///   - model: the bins as the balls are sized for (the trace after the document,
    ///     or after every document when the frames go on to the next).
    ///   - fullestBin: the most balls a bin of the sequence holds in `model`, which
    ///     sets the ball size; by default the fullest of the bins the document visits
    ///     (a bin it never visits is never shown).
    ///   - earlier: every context's balls from the steps before the stretch, in the
    ///     order they fell; computed from the trace when not given.
    ///   - wordSlots: the stickies the layout makes room for, at least the stretch's:
    ///     the longest stretch's, when the frames go on to the next, so that the bins
    ///     stay in place from one document to the next; `binSlots` likewise the bins.
    ///   - page: the page the frames are shown on, whose shape the layout takes;
    ///     `theme`, whether it writes symbols.
    ///   - smallestText: the frames' readable floor (`SequenceFit`): labels tall enough
    ///     and balls large enough to write their words or symbols at it.
    init(trace: TrainingTrace, document: Int, stretch: TrainingStretch? = nil, model: Model, fullestBin: Int? = nil,
         earlier: [Context: [String]]? = nil, wordSlots: Int = 0, binSlots: Int = 0, page: Page, theme: Theme,
         smallestText: Double = 0, measurer: some TextMeasuring) {
        self.trace = trace
        self.document = document
        let all = TrainingStory.steps(of: document, in: trace)
        let stretch = stretch ?? TrainingStretch(document: document, steps: 0..<all.count, part: 0, parts: 1)
        self.stretch = stretch
        steps = all[(all.startIndex + stretch.steps.lowerBound)..<(all.startIndex + stretch.steps.upperBound)]
        padding = trace.startPadding ? trace.contextLength : 0
        let documentWords = Array(repeating: trace.vocabulary.endToken, count: padding) + trace.documents[document]
        documentWordCount = documentWords.count
        documentBinCount = Set(all.map(\.context)).count
        documentStepCount = all.count
        // A stretch shows its steps' stickies alone; the whole document shows every sticky.
        let isWhole = stretch.steps == 0..<all.count
        let firstWord = isWhole ? 0 : max(0, (steps.first?.contextPositions.lowerBound ?? 0) + padding)
        let lastWord = isWhole ? documentWords.count - 1 : min(documentWords.count - 1, (steps.last?.position ?? 0) + padding)
        self.firstWord = firstWord
        words = firstWord <= lastWord ? Array(documentWords[firstWord...lastWord]) : []
        selection = BinSelection(model: model, visited: steps.map(\.context), fillingUp: false)
        let labels = words + selection.contexts.flatMap(\.words)
        let ballWords = selection.contexts.flatMap { model.bin(for: $0).counts.map(\.word) }
        let writesText = WordMarks.writesText(showing: labels + ballWords, vocabulary: trace.vocabulary, theme: theme)
        layout = LessonLayout(wordCount: max(words.count, wordSlots), binCount: max(selection.contexts.count, binSlots),
                              page: page, smallestText: writesText ? smallestText : 0)
        let shape = layout.bins.first ?? BinShape(frame: Rect(x: 0, y: 0, width: LessonLayout.binSize.width,
                                                             height: LessonLayout.binSize.height))
        let fullest = fullestBin ?? Set(all.map(\.context)).map { model.bin(for: $0).total }.max() ?? 0
        let readable = BallFilling.radius(holding: fullest, contextLength: trace.contextLength, shape: shape,
                                          smallest: Ball.readableRadius(writingSymbolsOf: ballWords, besides: labels,
                                                                        vocabulary: trace.vocabulary, theme: theme,
                                                                        smallestText: smallestText, measurer: measurer))
        // Every ball is a step the frames show falling (and an arrow points at it), so
        // none may be left out: a bin too full for balls large enough to read (a class's
        // every document) gets smaller balls instead, and the frames are cut into more
        // parts, each of fewer, larger bins, until they read (`TrainingPlan`).
        ballsRead = DrawnBin.packing(in: shape, contextLength: trace.contextLength, radius: readable).capacity >= fullest
        radius = ballsRead ? readable : BallFilling.radius(holding: fullest, contextLength: trace.contextLength, shape: shape)
        let balls = earlier ?? TrainingStory.balls(of: trace.steps[..<(steps.first?.index ?? all.startIndex)])
        earlierBalls = selection.contexts.map { balls[$0] ?? [] }
    }

    /// What a part's notes say: which stretch of the document it shows and that the
    /// bins it does not visit are left out; nil for a document shown whole.
    var partNote: String? {
        guard stretch.parts > 1 else { return nil }
        let shownBins = selection.contexts.count
        return "Part \(stretch.part + 1) of \(stretch.parts): stickies \(firstWord + 1)\u{2013}\(firstWord + words.count) "
            + "of \(documentWordCount), and the \(AltText.count(shownBins, "bin")) they visit, of \(documentBinCount)."
    }

    /// The steps of document `document` (from 0), found by halving: the trace goes
    /// document by document, and a class's corpus may have thousands of them.
    static func steps(of document: Int, in trace: TrainingTrace) -> ArraySlice<TrainingStep> {
        func start(of document: Int) -> Int {
            var low = 0, high = trace.steps.count
            while low < high {
                let middle = (low + high) / 2
                if trace.steps[middle].document < document { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return trace.steps[start(of: document)..<start(of: document + 1)]
    }

    /// Every context's balls after `steps`, in the order they fell.
    static func balls(of steps: ArraySlice<TrainingStep>) -> [Context: [String]] {
        var balls: [Context: [String]] = [:]
        for step in steps {
            balls[step.context, default: []].append(step.ball)
        }
        return balls
    }

    var vocabulary: Vocabulary { trace.vocabulary }

    /// Where the bin of `context` is among the figure's bins.
    func binIndex(of context: Context) -> Int {
        selection.contexts.firstIndex(of: context)!
    }

    /// The bins after the document's first `stepCount` steps, each ball in the order it fell.
    func bins(afterSteps stepCount: Int) -> [DrawnBin] {
        var balls = earlierBalls
        for step in steps.prefix(stepCount) {
            balls[binIndex(of: step.context)].append(step.ball)
        }
        let start = Context(Array(repeating: vocabulary.endToken, count: trace.contextLength))
        return zip(selection.contexts, balls).map { DrawnBin(context: $0.words, balls: $1.map(DrawnBall.word), isStart: padding > 0 && $0 == start) }
    }

    /// Where a step's context words are among the stickies shown.
    func contextStickies(of step: TrainingStep) -> [Int] {
        step.contextPositions.map { $0 + padding - firstWord }
    }

    /// Where a step's next word is among the stickies shown.
    func ballSticky(of step: TrainingStep) -> Int {
        step.position + padding - firstWord
    }

    /// Arrows from each context word to its label sticky on the bin.
    func labelLinks(of step: TrainingStep, faded: Bool) -> [LessonFrame.Link] {
        contextStickies(of: step).enumerated().map { position, sticky in
            LessonFrame.Link(from: .word(sticky), to: .label(bin: binIndex(of: step.context), position: position),
                             isFaded: faded)
        }
    }

    /// The arrow from the next word to its ball, the `ballIndex`th of the bin.
    func ballLink(of step: TrainingStep, ballIndex: Int) -> LessonFrame.Link {
        LessonFrame.Link(from: .word(ballSticky(of: step)), to: .ball(bin: binIndex(of: step.context), index: ballIndex),
                         isFaded: false)
    }

}

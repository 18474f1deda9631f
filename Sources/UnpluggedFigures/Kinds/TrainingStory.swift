import UnpluggedModel

/// What every frame of a training figure shares: the document as shown, the bins, one
/// layout and one ball size, and the order balls fell into each bin.
///
/// Training, its standalone frames and the overview are all drawn from this, so a
/// frame drawn alone is the same as that frame of the sequence.
struct TrainingStory {
    let trace: TrainingTrace
    /// The document's stickies: the start padding's end tokens (when trained with
    /// it), the words, and the end token.
    let words: [String]
    /// How many padding stickies come before the document's first word.
    let padding: Int
    let selection: BinSelection
    let layout: LessonLayout
    let radius: Double

    /// - Precondition: `trace` trains on one document.
    init(trace: TrainingTrace) {
        self.trace = trace
        padding = trace.startPadding ? trace.contextLength : 0
        words = Array(repeating: trace.vocabulary.endToken, count: padding) + (trace.documents.first ?? [])
        let model = trace.model()
        selection = BinSelection(model: model, visited: trace.steps.map(\.context), fillingUp: false)
        layout = LessonLayout(wordCount: words.count, binCount: selection.contexts.count)
        let shape = layout.bins.first ?? BinShape(frame: Rect(x: 0, y: 0, width: LessonLayout.binSize.width,
                                                             height: LessonLayout.binSize.height))
        let fullest = model.bins.map(\.total).max() ?? 0
        radius = BallFilling.radius(holding: fullest, contextLength: trace.contextLength, shape: shape)
    }

    var vocabulary: Vocabulary { trace.vocabulary }

    /// Where the bin of `context` is among the figure's bins.
    func binIndex(of context: Context) -> Int {
        selection.contexts.firstIndex(of: context)!
    }

    /// The bins after the first `stepCount` steps, each ball in the order it fell.
    func bins(afterSteps stepCount: Int) -> [DrawnBin] {
        var balls = Array(repeating: [String](), count: selection.contexts.count)
        for step in trace.steps.prefix(stepCount) {
            balls[binIndex(of: step.context)].append(step.ball)
        }
        let start = Context(Array(repeating: vocabulary.endToken, count: trace.contextLength))
        return zip(selection.contexts, balls).map { DrawnBin(context: $0.words, balls: $1, isStart: padding > 0 && $0 == start) }
    }

    /// Where a step's context words are among the stickies.
    func contextStickies(of step: TrainingStep) -> [Int] {
        step.contextPositions.map { $0 + padding }
    }

    /// Where a step's next word is among the stickies.
    func ballSticky(of step: TrainingStep) -> Int {
        step.position + padding
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

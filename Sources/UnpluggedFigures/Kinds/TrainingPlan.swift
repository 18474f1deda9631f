import UnpluggedModel

/// How a training figure cuts the documents it shows into parts that read on their
/// slide, and the fit every frame shares.
///
/// Each document is first tried whole, laid out at the floor that reads from the back
/// row. When a frame would still have text under that floor (a paragraph of prose
/// visits dozens of bins, leaving the fullest too little room for balls large enough
/// to carry their words), or a legend of more than `LessonScene.legendLimit` lines,
/// every document is cut into parts of fewer steps (`TrainingStretch`), about a fifth
/// fewer each try, until every part's fullest frame reads. Every frame keeps one
/// canvas, and every part one layout's room (the longest part's stickies, the most bins
/// a part visits), so the slide shows them all at one scale.
struct TrainingPlan {
    /// The stretches the frames show, in order: one a document when each reads whole.
    let stretches: [TrainingStretch]
    /// The stickies and bins every frame's layout makes room for.
    let wordSlots: Int
    let binSlots: Int
    let fit: SequenceFit
    /// The bins the ball size is chosen for: as the last document shown leaves them.
    let model: Model

    init(trace: TrainingTrace, options: FigureOptions, measurer: some TextMeasuring) {
        let documents = TrainingFigure.shownDocuments(of: trace, options: options)
        let model = TrainingFigure.sizingModel(of: trace, options: options)
        let stepCounts = documents.map { TrainingStory.steps(of: $0, in: trace).count }
        var best: (plan: TrainingPlan, share: Double)?
        for length in TrainingPlan.lengths(upTo: stepCounts.max() ?? 0) {
            let stretches = zip(documents, stepCounts).flatMap { document, count in
                TrainingStretch.parts(of: document, stepCount: count, parts: (count + length - 1) / length)
            }
            let (plan, share) = TrainingPlan.attempt(stretches, of: trace, model: model, options: options, measurer: measurer)
            if share >= 1 {
                self = plan
                return
            }
            if share > best?.share ?? -1 { best = (plan, share) }
        }
        // Nothing reads (a bin holding more balls than any slide can show large enough):
        // the cut that comes closest.
        self = best?.plan ?? TrainingPlan.attempt([], of: trace, model: model, options: options, measurer: measurer).plan
    }

    private init(stretches: [TrainingStretch], wordSlots: Int, binSlots: Int, fit: SequenceFit, model: Model) {
        self.stretches = stretches
        self.wordSlots = wordSlots
        self.binSlots = binSlots
        self.fit = fit
        self.model = model
    }

    /// The longest stretch tried first (every document whole), then about a fifth
    /// shorter each time, down to a step a part.
    static func lengths(upTo longest: Int) -> [Int] {
        var lengths = [max(longest, 1)]
        while let last = lengths.last, last > 1 {
            lengths.append(min(last - 1, Int(Double(last) * 0.8)))
        }
        return lengths
    }

    /// The story of `stretch`, laid out as every frame of the plan is.
    func story(of stretch: TrainingStretch, trace: TrainingTrace, earlier: [Context: [String]]? = nil,
               options: FigureOptions, measurer: some TextMeasuring) -> TrainingStory {
        TrainingStory(trace: trace, document: stretch.document, stretch: stretch, model: model, earlier: earlier,
                      wordSlots: wordSlots, binSlots: binSlots, page: options.page, theme: options.theme,
                      smallestText: fit.smallestText, measurer: measurer)
    }

    /// The plan that cuts the documents into `stretches`, and how well its fullest
    /// frames read: the smallest share of the readable floor any of their texts has
    /// (at least 1: all read), 0 when a legend is longer than a slide reads.
    private static func attempt(_ stretches: [TrainingStretch], of trace: TrainingTrace, model: Model,
                                options: FigureOptions, measurer: some TextMeasuring) -> (plan: TrainingPlan, share: Double) {
        let isCut = stretches.contains { $0.parts > 1 }
        let unfitted = stretches.map {
            TrainingStory(trace: trace, document: $0.document, stretch: $0, model: model, page: options.page,
                          theme: options.theme, measurer: measurer)
        }
        let wordSlots = unfitted.map(\.words.count).max() ?? 0
        // Whole documents keep their own bins' layout, as the colour lesson's frames
        // always have; the parts of a cut document share the room of its fullest.
        let binSlots = isCut ? unfitted.map(\.selection.contexts.count).max() ?? 0 : 0
        let start = LessonLayout(wordCount: wordSlots, binCount: max(binSlots, unfitted.last?.selection.contexts.count ?? 0),
                                 page: options.page).size
        var fullest: [(scene: Scene, legendLines: Int)] = []
        let fit = SequenceFit(from: start, on: options.page) { floor in
            fullest = stretches.map { stretch in
                let story = TrainingStory(trace: trace, document: stretch.document, stretch: stretch, model: model,
                                          wordSlots: wordSlots, binSlots: binSlots, page: options.page,
                                          theme: options.theme, smallestText: floor, measurer: measurer)
                return TrainingFigure.lastFrame(of: story, options: options, smallestText: floor, measurer: measurer)
            }
            return fullest.map(\.scene)
        }
        let plan = TrainingPlan(stretches: stretches, wordSlots: wordSlots, binSlots: binSlots, fit: fit, model: model)
        guard fullest.allSatisfy({ $0.legendLines <= LessonScene.legendLimit }) else { return (plan, 0) }
        let needed = SlideFit.readableTextSize(for: fit.size, on: options.page)
        let smallest = fullest.compactMap { $0.scene.nodes.compactMap(\.smallestTextSize).min() }.min()
        return (plan, smallest.map { min(1, ($0 + 1e-9) / needed) } ?? 1)
    }
}

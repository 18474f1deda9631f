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
    /// The most balls a bin the frames show holds in `model`: every frame's balls
    /// are the size that fills it.
    let fullestBin: Int

    init(trace: TrainingTrace, options: FigureOptions, measurer: some TextMeasuring) {
        let documents = TrainingFigure.shownDocuments(of: trace, options: options)
        let model = TrainingFigure.sizingModel(of: trace, options: options)
        let stepCounts = documents.map { TrainingStory.steps(of: $0, in: trace).count }
        let fullestBin = Set(documents.flatMap { TrainingStory.steps(of: $0, in: trace).map(\.context) })
            .map { model.bin(for: $0).total }.max() ?? 0
        for length in TrainingPlan.lengths(upTo: stepCounts.max() ?? 0) {
            let stretches = zip(documents, stepCounts).flatMap { document, count in
                TrainingStretch.parts(of: document, stepCount: count, parts: (count + length - 1) / length)
            }
            if let plan = TrainingPlan.attempt(stretches, of: trace, model: model, fullestBin: fullestBin, options: options,
                                               measurer: measurer, needingReadableText: true) {
                self = plan
                return
            }
        }
        // Nothing reads (a bin holding more balls than any slide shows large enough to
        // read): every document whole, its balls smaller.
        let whole = zip(documents, stepCounts).map { TrainingStretch(document: $0, steps: 0..<$1, part: 0, parts: 1) }
        self = TrainingPlan.attempt(whole, of: trace, model: model, fullestBin: fullestBin, options: options,
                                    measurer: measurer, needingReadableText: false)!
    }

    private init(stretches: [TrainingStretch], wordSlots: Int, binSlots: Int, fit: SequenceFit, model: Model,
                 fullestBin: Int) {
        self.fullestBin = fullestBin
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
        TrainingStory(trace: trace, document: stretch.document, stretch: stretch, model: model, fullestBin: fullestBin,
                      earlier: earlier,
                      wordSlots: wordSlots, binSlots: binSlots, page: options.page, theme: options.theme,
                      smallestText: fit.smallestText, measurer: measurer)
    }

    /// The plan that cuts the documents into `stretches`; when `needingReadableText`,
    /// nil unless every text of every frame reads on the slide and no legend is longer
    /// than `LessonScene.legendLimit` lines.
    private static func attempt(_ stretches: [TrainingStretch], of trace: TrainingTrace, model: Model, fullestBin: Int,
                                options: FigureOptions, measurer: some TextMeasuring,
                                needingReadableText: Bool) -> TrainingPlan? {
        let isCut = stretches.contains { $0.parts > 1 }
        let unfitted = stretches.map {
            TrainingStory(trace: trace, document: $0.document, stretch: $0, model: model, fullestBin: fullestBin,
                          page: options.page,
                          theme: options.theme, measurer: measurer)
        }
        let wordSlots = unfitted.map(\.words.count).max() ?? 0
        // Whole documents keep their own bins' layout, as the colour lesson's frames
        // always have; the parts of a cut document share the room of its fullest.
        let binSlots = isCut ? unfitted.map(\.selection.contexts.count).max() ?? 0 : 0
        let start = LessonLayout(wordCount: wordSlots, binCount: max(binSlots, unfitted.last?.selection.contexts.count ?? 0),
                                 page: options.page).size
        func story(_ stretch: TrainingStretch, floor: Double) -> TrainingStory {
            TrainingStory(trace: trace, document: stretch.document, stretch: stretch, model: model, fullestBin: fullestBin,
                          wordSlots: wordSlots, binSlots: binSlots, page: options.page, theme: options.theme,
                          smallestText: floor, measurer: measurer)
        }
        // A quick look before laying out every frame: the canvas is at least the
        // layout's, so the floor at least the layout's, and a larger floor never needs
        // smaller balls. A fullest bin that cannot hold balls that read at that floor
        // never reads.
        let least = SlideFit.readableTextSize(for: start, on: options.page)
        if needingReadableText, !stretches.allSatisfy({ story($0, floor: least).ballsRead }) { return nil }
        var fullest: [(scene: Scene, legendLines: Int)] = []
        let fit = SequenceFit(from: start, on: options.page) { floor in
            fullest = stretches.map {
                TrainingFigure.lastFrame(of: story($0, floor: floor), options: options, smallestText: floor,
                                         measurer: measurer)
            }
            return fullest.map(\.scene)
        }
        let plan = TrainingPlan(stretches: stretches, wordSlots: wordSlots, binSlots: binSlots, fit: fit, model: model,
                                fullestBin: fullestBin)
        guard needingReadableText else { return plan }
        guard fullest.allSatisfy({ $0.legendLines <= LessonScene.legendLimit }) else { return nil }
        let needed = SlideFit.readableTextSize(for: fit.size, on: options.page)
        let smallest = fullest.compactMap { $0.scene.nodes.compactMap(\.smallestTextSize).min() }.min()
        return smallest.map { $0 >= needed - 1e-9 } ?? true ? plan : nil
    }
}


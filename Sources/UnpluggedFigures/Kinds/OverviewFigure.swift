import UnpluggedModel

/// The `overview` figure ("clean-train"): every step of training on one document at
/// once, each context's arrows to its bin (faded) and each next word's arrow to its
/// ball (dark), over the bins as training leaves them.
///
/// One document's arrows, not a class's: the document on top is the one they come
/// from. Its bins also hold the balls of the documents before it, as a class trains.
public enum OverviewFigure {
    /// - Parameter trace: training on the documents up to the one shown, its last.
    ///
    /// The whole document when every text of it reads on the slide and its stickies
    /// make one line (below which every arrow of every step goes straight down to its
    /// bin: two lines of stickies make a maze of arrows between them); else its first
    /// steps, as many as do, the bins they visit and the stickies they read, and the
    /// notes and alt text say how many steps and bins are left out.
    public static func figure(of trace: TrainingTrace, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) -> Figure {
        let document = trace.documents.count - 1
        let stepCount = TrainingStory.steps(of: document, in: trace).count
        var closest: (scene: Scene, share: Double)?
        for length in TrainingPlan.lengths(upTo: stepCount) {
            let stretch = TrainingStretch(document: document, steps: 0..<min(length, stepCount), part: 0, parts: 1)
            let (scene, share) = readableScene(of: trace, stretch: stretch, options: options, measurer: measurer)
            if share >= 1 { return Figure(name: name, slide: scene, on: options.page) }
            if share > closest?.share ?? -1 { closest = (scene, share) }
        }
        return Figure(name: name, slide: closest!.scene, on: options.page)
    }

    /// The first steps of the document, in `stretch`, laid out at the floor that reads
    /// on the slide, and how well they read: the smallest share of that floor any text
    /// has (at least 1: all read), 0 when its legend is longer than a slide reads.
    private static func readableScene(of trace: TrainingTrace, stretch: TrainingStretch, options: FigureOptions,
                                      measurer: some TextMeasuring) -> (scene: Scene, share: Double) {
        let steps = TrainingStory.steps(of: stretch.document, in: trace)
        // The balls as they are once the stretch's last step is trained.
        let model = trace.model(afterSteps: steps.startIndex + stretch.steps.upperBound)
        // The balls are the size that fills the fullest bin shown.
        let shown = steps[(steps.startIndex + stretch.steps.lowerBound)..<(steps.startIndex + stretch.steps.upperBound)]
        let fullest = Set(shown.map(\.context)).map { model.bin(for: $0).total }.max() ?? 0
        func story(_ floor: Double) -> TrainingStory {
            TrainingStory(trace: trace, document: stretch.document, stretch: stretch, model: model, fullestBin: fullest,
                          page: options.page, theme: options.theme, smallestText: floor, measurer: measurer)
        }
        var legendLines = 0
        let (scene, floor) = LessonScene.readable(from: story(0).layout.size, on: options.page) { floor in
            let lesson = self.scene(of: story(floor), options: options, smallestText: floor)
            legendLines = lesson.lesson.legendLines(vocabulary: trace.vocabulary, theme: options.theme,
                                                    measurer: measurer).count
            return lesson.lesson.scene(title: lesson.title, description: lesson.description,
                                       vocabulary: trace.vocabulary, theme: options.theme, measurer: measurer)
        }
        let lines = Set(story(floor).layout.words.map(\.minY)).count
        guard legendLines <= LessonScene.legendLimit, lines <= 1 else { return (scene, 0) }
        let smallest = scene.nodes.compactMap(\.smallestTextSize).min()
        return (scene, smallest.map { min(1, ($0 + 1e-9) / floor) } ?? 1)
    }

    /// Every step of the story's stretch at once, its text no smaller than `smallestText`.
    private static func scene(of story: TrainingStory, options: FigureOptions, smallestText: Double)
        -> (lesson: LessonScene, title: String, description: String) {
        let bins = story.bins(afterSteps: story.steps.count)
        var dropped = story.earlierBalls.map(\.count)
        var links: [LessonFrame.Link] = []
        for step in story.steps {
            let bin = story.binIndex(of: step.context)
            links += story.labelLinks(of: step, faded: true)
            links.append(story.ballLink(of: step, ballIndex: dropped[bin]))
            dropped[bin] += 1
        }
        let frame = LessonFrame(document: story.words, marks: Array(repeating: nil, count: story.words.count),
                                bins: bins, links: links, ballRadius: story.radius)
        let leftOut = story.steps.count < story.documentStepCount ? leftOutNote(of: story) : nil
        return (LessonScene(frame: frame, layout: story.layout, notes: FigureNotes([leftOut], atFloor: smallestText),
                            smallestText: smallestText, page: options.page),
                "Training at a glance: \(AltText.count(story.steps.count, "step"))"
                    + (leftOut == nil ? "" : " of \(story.documentStepCount)"),
                description(of: story) + (leftOut.map { " " + $0 } ?? ""))
    }

    /// "Showing the first 14 of 49 steps and the 11 bins they visit, of 36; the training frames show every step."
    static func leftOutNote(of story: TrainingStory) -> String {
        "Showing the first \(story.steps.count) of \(story.documentStepCount) steps and the "
            + "\(AltText.count(story.selection.contexts.count, "bin")) they visit, of \(story.documentBinCount); "
            + "the training frames show every step."
    }

    /// Every step in one paragraph: "Every step of training on green blue ... at once:
    /// after green comes blue; after blue comes purple; ...".
    static let describedSteps = 20

    static func description(of story: TrainingStory) -> String {
        let alt = AltText(vocabulary: story.vocabulary)
        // The document ends with the end token; what it says is the words before it.
        let text = alt.words(Array(story.trace.documents[story.document].dropLast()))
        let steps = story.steps.prefix(describedSteps).map {
            "after \(alt.words($0.context.words)) comes \(alt.word($0.ball))"
        }
        let more = story.steps.count > describedSteps
            ? "; and \(AltText.count(story.steps.count - describedSteps, "more step"))" : ""
        let binCount = Set(story.steps.map(\.context)).count
        let earlier = story.document == 0 ? ""
            : story.document == 1 ? ", into the bins as document 1 left them"
            : ", into the bins as documents 1 to \(story.document) left them"
        return "Every step of training on \(text) at once\(earlier): \(AltText.count(story.steps.count, "ball")) go into "
            + "\(AltText.count(binCount, "bin")). " + steps.joined(separator: "; ").capitalizedFirst + more + "."
    }
}

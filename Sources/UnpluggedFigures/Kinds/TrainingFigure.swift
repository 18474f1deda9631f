import UnpluggedModel

/// The `training` figure: numbered frames of training on a document, the document on
/// top and the bins below, as the reference's "training-demo" slides.
///
/// With two frames a step (the reference's way), the even frame goes to the bin of the
/// context (the context words in focus, a dark arrow to the bin's label) and the odd
/// frame drops the ball of the next word (the context now grey, its arrow faded, a dark
/// arrow from the next word to its new ball). With one frame a step, only the second.
///
/// A class trains document after document, so document k's bins start with the balls
/// of documents 1 to k − 1 (the first document's start empty), and `all` animates every
/// document in turn, its frames numbered on from the document before. Balls keep one
/// size over the whole sequence (the size at which the fullest bin fits once the last
/// document shown is trained), and the frames one layout, with room for the longest
/// document.
public enum TrainingFigure {
    /// Every frame, named `<name>00`, `<name>01`, ...
    /// - Parameters:
    ///   - trace: training on the documents up to the last one shown (`options.document`).
    ///   - documentCount: the corpus's documents, for "Document 2 of 4" when the trace
    ///     stops before its last; the trace's by default.
    public static func figures(of trace: TrainingTrace, documentCount: Int? = nil, named name: String,
                               options: FigureOptions, measurer: some TextMeasuring) -> [Figure] {
        var figures: [Figure] = []
        figures.reserveCapacity(frameCount(of: trace, options: options))
        forEachFrame(of: trace, documentCount: documentCount, named: name, options: options, measurer: measurer) {
            figures.append($0)
        }
        return figures
    }

    /// The frames of `figures`, handed to `body` one at a time as each is made, so
    /// that a sequence of thousands of frames (every paragraph of a novel) need not
    /// hold all their scenes at once.
    public static func forEachFrame(of trace: TrainingTrace, documentCount: Int? = nil, named name: String,
                                    options: FigureOptions, measurer: some TextMeasuring,
                                    _ body: (Figure) throws -> Void) rethrows {
        let count = frameCount(of: trace, options: options)
        guard count > 0 else { return }
        let plan = TrainingPlan(trace: trace, options: options, measurer: measurer)
        var made = 0
        // The bins as the steps so far left them, carried from one stretch to the
        // next, so that a corpus of many documents is gone through once.
        var earlier: [Context: [String]] = [:]
        var carried = trace.steps.startIndex
        for stretch in plan.stretches {
            let start = TrainingStory.steps(of: stretch.document, in: trace).startIndex + stretch.steps.lowerBound
            while carried < start {
                earlier[trace.steps[carried].context, default: []].append(trace.steps[carried].ball)
                carried += 1
            }
            let story = plan.story(of: stretch, trace: trace, earlier: earlier, options: options, measurer: measurer)
            for local in 0..<story.steps.count * framesPerStep(options) {
                try body(frame(local, of: story, number: made, count: count, documentCount: documentCount,
                               named: name, options: options, fit: plan.fit, measurer: measurer))
                made += 1
            }
        }
    }

    /// The frame at `index` alone: the same figure as that frame of `figures`.
    public static func frame(at index: Int, of trace: TrainingTrace, documentCount: Int? = nil, named name: String,
                             options: FigureOptions, measurer: some TextMeasuring) -> Figure {
        let plan = TrainingPlan(trace: trace, options: options, measurer: measurer)
        var first = 0
        for stretch in plan.stretches {
            let frames = stretch.steps.count * framesPerStep(options)
            if index < first + frames {
                let story = plan.story(of: stretch, trace: trace, options: options, measurer: measurer)
                return frame(index - first, of: story, number: index, count: frameCount(of: trace, options: options),
                             documentCount: documentCount, named: name, options: options, fit: plan.fit, measurer: measurer)
            }
            first += frames
        }
        preconditionFailure("frame \(index) is past the last of \(first)")
    }

    /// How many frames the figure has: every shown document's, one after another.
    public static func frameCount(of trace: TrainingTrace, options: FigureOptions) -> Int {
        shownDocuments(of: trace, options: options)
            .map { TrainingStory.steps(of: $0, in: trace).count * framesPerStep(options) }
            .reduce(0, +)
    }

    /// The documents animated, from 0: the one asked for, or every one that drops a ball.
    static func shownDocuments(of trace: TrainingTrace, options: FigureOptions) -> [Int] {
        switch options.document {
        case .number(let number):
            precondition(trace.documents.indices.contains(number - 1), "the trace trains on the document shown")
            return [number - 1]
        case .all:
            return trace.documents.indices.filter { !TrainingStory.steps(of: $0, in: trace).isEmpty }
        }
    }

    /// The bins the ball size is chosen for: as the last document shown leaves them.
    static func sizingModel(of trace: TrainingTrace, options: FigureOptions) -> Model {
        guard let last = shownDocuments(of: trace, options: options).last else { return trace.model() }
        return trace.model(afterSteps: TrainingStory.steps(of: last, in: trace).endIndex)
    }

    /// The last frame of `story`'s stretch, its fullest (every ball dropped, the longest
    /// legend), at its own size, and its legend's lines: what `TrainingPlan` fits.
    static func lastFrame(of story: TrainingStory, options: FigureOptions, smallestText: Double,
                          measurer: some TextMeasuring) -> (scene: Scene, legendLines: Int) {
        let last = max(story.steps.count * framesPerStep(options) - 1, 0)
        let frame = lessonScene(last, of: story, documentCount: nil, options: options, smallestText: smallestText,
                                sequenceSize: nil)
        return (frame.lesson.scene(title: frame.title, description: frame.description, vocabulary: story.vocabulary,
                                   theme: options.theme, measurer: measurer),
                frame.lesson.legendLines(vocabulary: story.vocabulary, theme: options.theme, measurer: measurer).count)
    }

    private static func framesPerStep(_ options: FigureOptions) -> Int {
        options.framesPerStep == .two ? 2 : 1
    }

    /// Frame `local` of the story's stretch, numbered `number` of `count` in the sequence.
    private static func frame(_ local: Int, of story: TrainingStory, number: Int, count: Int, documentCount: Int?,
                              named name: String, options: FigureOptions, fit: SequenceFit,
                              measurer: some TextMeasuring) -> Figure {
        let frame = lessonScene(local, of: story, documentCount: documentCount, options: options,
                                smallestText: fit.smallestText, sequenceSize: fit.size)
        return Figure(name: FrameNumbering.name(name, index: number, count: count),
                      slide: frame.lesson.scene(title: frame.title, description: frame.description,
                                                vocabulary: story.vocabulary, theme: options.theme, measurer: measurer),
                      on: options.page)
    }

    /// Frame `local` of the story's stretch at its own size, its text no smaller than
    /// `smallestText`, its canvas at least `sequenceSize`; with its title and alt text.
    private static func lessonScene(_ local: Int, of story: TrainingStory, documentCount: Int?, options: FigureOptions,
                                    smallestText: Double, sequenceSize: Size?)
        -> (lesson: LessonScene, title: String, description: String) {
        let trace = story.trace
        let twoFrames = options.framesPerStep == .two
        let stepIndex = twoFrames ? local / 2 : local
        let dropping = !twoFrames || local % 2 == 1
        let step = story.steps[story.steps.startIndex + stepIndex]
        let bin = story.binIndex(of: step.context)

        var bins = story.bins(afterSteps: dropping ? stepIndex + 1 : stepIndex)
        bins[bin].isFocused = true
        var marks = [LessonFrame.Mark?](repeating: nil, count: story.words.count)
        for sticky in story.contextStickies(of: step) where marks.indices.contains(sticky) {
            marks[sticky] = dropping ? .previous : .focus
        }
        var links = story.labelLinks(of: step, faded: dropping)
        if dropping {
            let newBall = bins[bin].balls.count - 1
            bins[bin].newBall = newBall
            marks[story.ballSticky(of: step)] = .focus
            links.append(story.ballLink(of: step, ballIndex: newBall))
        }
        let frame = LessonFrame(document: story.words, marks: marks, bins: bins, links: links, ballRadius: story.radius)
        let documents = documentCount ?? trace.documents.count
        // Steps are counted over the whole document, whichever part shows them.
        let place = (documents > 1 ? "Document \(story.document + 1) of \(documents), step " : "Step ")
            + "\(story.stretch.steps.lowerBound + stepIndex + 1) of \(story.documentStepCount)"
        let lesson = LessonScene(frame: frame, layout: story.layout,
                                 notes: FigureNotes([story.partNote], atFloor: smallestText),
                                 smallestText: smallestText, sequenceSize: sequenceSize, page: options.page)
        return (lesson,
                "Training, \(place.lowercased())\(twoFrames ? (dropping ? ", dropping the ball" : ", going to the bin") : "")",
                "\(place): " + sentence(for: step, dropping: dropping, vocabulary: trace.vocabulary)
                    + (story.partNote.map { " " + $0 } ?? ""))
    }

    /// "after green comes blue, so a blue ball goes into the green bin", or, going to
    /// the bin, "the context is green, so we go to the green bin".
    static func sentence(for step: TrainingStep, dropping: Bool, vocabulary: Vocabulary) -> String {
        let alt = AltText(vocabulary: vocabulary)
        let context = alt.words(step.context.words)
        let bin = alt.bin(step.context)
        guard dropping else {
            return "the context is \(context), so we go to \(bin)."
        }
        return "after \(context) comes \(alt.word(step.ball)), so \(alt.ball(step.ball)) goes into \(bin)."
    }
}

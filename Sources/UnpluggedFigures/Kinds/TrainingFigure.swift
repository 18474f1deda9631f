import UnpluggedModel

/// The `training` figure: numbered frames of training on one document, the document
/// on top and the bins below, as the reference's "training-demo" slides.
///
/// With two frames a step (the reference's way), the even frame goes to the bin of the
/// context (the context words in focus, a dark arrow to the bin's label) and the odd
/// frame drops the ball of the next word (the context now grey, its arrow faded, a dark
/// arrow from the next word to its new ball). With one frame a step, only the second.
/// Bins start empty and fill up frame by frame.
public enum TrainingFigure {
    /// Every frame, named `<name>00`, `<name>01`, ...
    /// - Parameter trace: training on the one document to show.
    public static func figures(of trace: TrainingTrace, named name: String, options: FigureOptions,
                               measurer: some TextMeasuring) -> [Figure] {
        let story = TrainingStory(trace: trace)
        let count = frameCount(of: trace, options: options)
        return (0..<count).map { frame(at: $0, of: story, named: name, options: options, measurer: measurer) }
    }

    /// The frame at `index` alone: the same figure as that frame of `figures`.
    public static func frame(at index: Int, of trace: TrainingTrace, named name: String, options: FigureOptions,
                             measurer: some TextMeasuring) -> Figure {
        frame(at: index, of: TrainingStory(trace: trace), named: name, options: options, measurer: measurer)
    }

    /// How many frames the figure has.
    public static func frameCount(of trace: TrainingTrace, options: FigureOptions) -> Int {
        trace.steps.count * (options.framesPerStep == .two ? 2 : 1)
    }

    private static func frame(at index: Int, of story: TrainingStory, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) -> Figure {
        let trace = story.trace
        let twoFrames = options.framesPerStep == .two
        let stepIndex = twoFrames ? index / 2 : index
        let dropping = !twoFrames || index % 2 == 1
        let step = trace.steps[stepIndex]
        let bin = story.binIndex(of: step.context)

        var bins = story.bins(afterSteps: dropping ? stepIndex + 1 : stepIndex)
        bins[bin].isFocused = true
        var marks = [LessonFrame.Mark?](repeating: nil, count: story.words.count)
        for sticky in story.contextStickies(of: step) {
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
        let number = "Step \(stepIndex + 1) of \(trace.steps.count)"
        let scene = LessonScene(frame: frame, layout: story.layout, notes: FigureNotes([])).scene(
            title: "Training, \(number.lowercased())\(twoFrames ? (dropping ? ", dropping the ball" : ", going to the bin") : "")",
            description: "\(number): " + sentence(for: step, dropping: dropping, vocabulary: trace.vocabulary),
            vocabulary: trace.vocabulary, theme: options.theme, measurer: measurer)
        return Figure(name: FrameNumbering.name(name, index: index, count: frameCount(of: trace, options: options)), scene: scene)
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

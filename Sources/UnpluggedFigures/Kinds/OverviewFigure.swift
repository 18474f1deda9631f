import UnpluggedModel

/// The `overview` figure ("clean-train"): every step of training on one document at
/// once, each context's arrows to its bin (faded) and each next word's arrow to its
/// ball (dark), over the bins as training leaves them.
///
/// One document's arrows, not a class's: the document on top is the one they come
/// from. Its bins also hold the balls of the documents before it, as a class trains.
public enum OverviewFigure {
    /// - Parameter trace: training on the documents up to the one shown, its last.
    public static func figure(of trace: TrainingTrace, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) -> Figure {
        let document = trace.documents.count - 1
        func story(_ floor: Double) -> TrainingStory {
            TrainingStory(trace: trace, document: document, model: trace.model(), page: options.page, theme: options.theme,
                          smallestText: floor, measurer: measurer)
        }
        let scene = LessonScene.readable(from: story(0).layout.size, on: options.page) { floor in
            self.scene(of: story(floor), options: options, smallestText: floor, measurer: measurer)
        }.scene
        return Figure(name: name, slide: scene, on: options.page)
    }

    /// Every step of the story at once, its text no smaller than `smallestText`.
    private static func scene(of story: TrainingStory, options: FigureOptions, smallestText: Double,
                              measurer: some TextMeasuring) -> Scene {
        let trace = story.trace
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
        return LessonScene(frame: frame, layout: story.layout, notes: FigureNotes([], smallestText: smallestText),
                           smallestText: smallestText).scene(
            title: "Training at a glance: \(AltText.count(story.steps.count, "step"))",
            description: description(of: story), vocabulary: trace.vocabulary, theme: options.theme,
            measurer: measurer)
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

import UnpluggedModel

/// The `overview` figure ("clean-train"): every step of training on one document at
/// once, each context's arrows to its bin (faded) and each next word's arrow to its
/// ball (dark), over the bins as training leaves them.
public enum OverviewFigure {
    /// - Parameter trace: training on the one document to show.
    public static func figure(of trace: TrainingTrace, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) -> Figure {
        let story = TrainingStory(trace: trace)
        let bins = story.bins(afterSteps: trace.steps.count)
        var dropped = [Int](repeating: 0, count: bins.count)
        var links: [LessonFrame.Link] = []
        for step in trace.steps {
            let bin = story.binIndex(of: step.context)
            links += story.labelLinks(of: step, faded: true)
            links.append(story.ballLink(of: step, ballIndex: dropped[bin]))
            dropped[bin] += 1
        }
        let frame = LessonFrame(document: story.words, marks: Array(repeating: nil, count: story.words.count),
                                bins: bins, links: links, ballRadius: story.radius)
        let scene = LessonScene(frame: frame, layout: story.layout, notes: FigureNotes([])).scene(
            title: "Training at a glance: \(AltText.count(trace.steps.count, "step"))",
            description: description(of: trace), vocabulary: trace.vocabulary, theme: options.theme,
            measurer: measurer)
        return Figure(name: name, scene: scene)
    }

    /// Every step in one paragraph: "Every step of training on green blue ... at once:
    /// after green comes blue; after blue comes purple; ...".
    static let describedSteps = 20

    static func description(of trace: TrainingTrace) -> String {
        let alt = AltText(vocabulary: trace.vocabulary)
        // The trace's document ends with the end token; the story is the words before it.
        let story = alt.words(Array((trace.documents.first ?? []).dropLast()))
        let steps = trace.steps.prefix(describedSteps).map {
            "after \(alt.words($0.context.words)) comes \(alt.word($0.ball))"
        }
        let more = trace.steps.count > describedSteps
            ? "; and \(AltText.count(trace.steps.count - describedSteps, "more step"))" : ""
        let binCount = Set(trace.steps.map(\.context)).count
        return "Every step of training on \(story) at once: \(AltText.count(trace.steps.count, "ball")) go into "
            + "\(AltText.count(binCount, "bin")). " + steps.joined(separator: "; ").capitalizedFirst + more + "."
    }
}

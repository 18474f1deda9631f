import UnpluggedFigures

/// The render jobs of figures handed over one at a time (`FigureRequest.forEachFigure`):
/// each figure's files as soon as it is made, in the order of the formats, and after
/// the last figure the GIF of them all, when they are a sequence animated.
///
/// Only a GIF needs every frame at once, so only when one is asked for are the
/// sequence's scenes kept here until the end; otherwise a figure's scene lives only
/// as long as its jobs wait to be drawn.
struct FigureJobs {
    let formats: [OutputFormat]
    /// PNG pixels per point.
    let scale: Double
    /// The GIF of the figures, when they are a sequence animated.
    let animation: SequenceAnimation?
    /// The frames of the GIF so far.
    private var frames: [Scene] = []

    init(formats: [OutputFormat], scale: Double, animation: SequenceAnimation?) {
        self.formats = formats
        self.scale = scale
        self.animation = animation
    }

    /// A job per format of a figure.
    mutating func jobs(for figure: Figure) -> [RenderJob] {
        if animation != nil { frames.append(figure.scene) }
        return formats.filter(\.isPerFigure).map {
            RenderJob(fileName: "\(figure.name).\($0.rawValue)", pages: [figure.scene], format: $0, scale: scale)
        }
    }

    /// The GIF of every figure given, when they are a sequence animated and there was one.
    mutating func lastJobs() -> [RenderJob] {
        defer { frames = [] }
        guard let animation, !frames.isEmpty else { return [] }
        return [RenderJob(fileName: animation.fileName, pages: frames, format: .gif, scale: scale, delay: animation.delay)]
    }
}

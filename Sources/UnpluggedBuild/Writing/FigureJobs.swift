import UnpluggedFigures

/// The render jobs of figures handed over one at a time (`FigureRequest.forEachFigure`):
/// a job per figure and format, in the order of the figures, then of the formats; then
/// the GIF of them all, when they are a sequence animated.
///
/// Without a GIF, each figure's jobs come as soon as it is made, so that its scene
/// lives only as long as its jobs wait to be drawn. A GIF needs every frame at once:
/// then the figures are kept, and all their jobs come after the last, the GIF among
/// them, so that the GIF (the costliest job) starts drawing with the frames' files
/// rather than after them.
struct FigureJobs {
    let formats: [OutputFormat]
    /// PNG pixels per point.
    let scale: Double
    /// The GIF of the figures, when they are a sequence animated.
    let animation: SequenceAnimation?
    /// The figures kept for the GIF.
    private var kept: [Figure] = []

    init(formats: [OutputFormat], scale: Double, animation: SequenceAnimation?) {
        self.formats = formats
        self.scale = scale
        self.animation = animation
    }

    /// The jobs of a figure just made: its files, or none yet when it is kept for a GIF.
    mutating func jobs(for figure: Figure) -> [RenderJob] {
        guard animation == nil else {
            kept.append(figure)
            return []
        }
        return files(of: figure)
    }

    /// The jobs left after the last figure: those of the figures kept, and their GIF.
    mutating func lastJobs() -> [RenderJob] {
        defer { kept = [] }
        guard let animation, !kept.isEmpty else { return [] }
        return kept.flatMap(files(of:))
            + [RenderJob(fileName: animation.fileName, pages: kept.map(\.scene), format: .gif, scale: scale,
                         delay: animation.delay)]
    }

    /// A job per format of a figure.
    private func files(of figure: Figure) -> [RenderJob] {
        formats.filter(\.isPerFigure).map {
            RenderJob(fileName: "\(figure.name).\($0.rawValue)", pages: [figure.scene], format: $0, scale: scale)
        }
    }
}

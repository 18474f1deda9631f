import UnpluggedFigures

/// One file to render: a figure's scene in one format, or a handout's pages as one PDF.
public struct RenderJob: Sendable {
    /// The file's name in the output folder, `<figure>.<format>`.
    public let fileName: String
    /// One scene, or (for a PDF only) a page each.
    public let pages: [Scene]
    public let format: OutputFormat
    /// PNG pixels per point.
    public let scale: Double
    /// The PDF's title; nil for the first page's.
    public var title: String?

    public init(fileName: String, pages: [Scene], format: OutputFormat, scale: Double, title: String? = nil) {
        self.fileName = fileName
        self.pages = pages
        self.format = format
        self.scale = scale
        self.title = title
    }

    /// About how long the job takes, for ordering: its points, rasterised and
    /// compressed for a PNG (scale² pixels, each costing about three times a point
    /// of SVG), written out as text for SVG and PDF.
    var cost: Double {
        let area = pages.reduce(0) { $0 + $1.size.width * $1.size.height }
        return format == .png ? area * scale * scale * 3 : area
    }

    /// A job per figure and format, in the order of `figures`, then of `formats`.
    static func jobs(for figures: [Figure], formats: [OutputFormat], scale: Double) -> [RenderJob] {
        figures.flatMap { figure in
            formats.map { RenderJob(fileName: "\(figure.name).\($0.rawValue)", pages: [figure.scene], format: $0, scale: scale) }
        }
    }

    /// The one job of a handout: its pages as one PDF.
    static func job(for handout: HandoutDocument) -> RenderJob {
        RenderJob(fileName: "\(handout.name).pdf", pages: handout.pages, format: .pdf, scale: 1, title: handout.title)
    }
}

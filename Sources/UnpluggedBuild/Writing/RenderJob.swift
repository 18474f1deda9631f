import UnpluggedFigures

/// One file to render: a figure's scene in one format, a handout's pages as one PDF,
/// or a sequence's frames as one GIF.
public struct RenderJob: Sendable {
    /// The file's name in the output folder, `<figure>.<format>`.
    public let fileName: String
    /// One scene, or a page each (a PDF), or a frame each (a GIF); none for a handout.
    public let pages: [Scene]
    /// A handout's pages, each drawn when the PDF comes to it; nil for a figure.
    public var handout: HandoutPages?
    public let format: OutputFormat
    /// PNG pixels per point.
    public let scale: Double
    /// The PDF's title; nil for the first page's.
    public var title: String?
    /// A GIF's frame time, in hundredths of a second (`SequenceAnimation.delay`).
    public var delay: Int

    public init(fileName: String, pages: [Scene], format: OutputFormat, scale: Double, title: String? = nil, delay: Int = 0) {
        self.fileName = fileName
        self.pages = pages
        self.format = format
        self.scale = scale
        self.title = title
        self.delay = delay
    }

    /// About how long the job takes, for ordering: its points, rasterised and
    /// compressed for a PNG or a GIF (scale² pixels, each costing about three times a
    /// point of SVG), written out as text for SVG and PDF.
    var cost: Double {
        let area = pages.reduce(0) { $0 + $1.size.width * $1.size.height }
            + (handout.map { Double($0.count) * $0.paper.size.width * $0.paper.size.height } ?? 0)
        return format == .png || format == .gif ? area * scale * scale * 3 : area
    }

    /// The one job of a handout: its pages as one PDF, drawn a page at a time.
    public static func job(for handout: HandoutDocument) -> RenderJob {
        var job = RenderJob(fileName: "\(handout.name).pdf", pages: [], format: .pdf, scale: 1, title: handout.title)
        job.handout = handout.pages
        return job
    }
}

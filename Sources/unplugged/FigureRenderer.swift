import UnpluggedBuild
import UnpluggedCairo
import UnpluggedFigures

/// One file to render: a figure's scene in one format, or a handout's pages as one PDF.
struct RenderJob: Sendable {
    /// The file's name in the output folder, `<figure>.<format>`.
    let fileName: String
    /// One scene, or (for a PDF only) a page each.
    let pages: [Scene]
    let format: OutputFormat
    /// PNG pixels per point.
    let scale: Double
    /// The PDF's title; nil for the first page's.
    var title: String? = nil

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

/// Renders a scene to the bytes of its file, in memory: `render` and `build` run it
/// on every core (`RenderQueue`) and write the bytes under a temporary name
/// (`StagedFiles`), renaming them into place only when everything has succeeded.
enum FigureRenderer {
    /// The bytes of one job's file.
    static func bytes(of job: RenderJob) throws -> [UInt8] {
        let renderer = CairoRenderer()
        switch job.format {
        case .svg: return try renderer.svg(job.pages[0])
        case .png: return try renderer.png(job.pages[0], scale: job.scale)
        case .pdf: return try renderer.pdf(job.pages, title: job.title)
        }
    }
}

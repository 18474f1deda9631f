import UnpluggedBuild
import UnpluggedCairo
import UnpluggedFigures

/// One file to render: a figure's scene in one format.
struct RenderJob: Sendable {
    /// The file's name in the output folder, `<figure>.<format>`.
    let fileName: String
    let scene: Scene
    let format: OutputFormat
    /// PNG pixels per point.
    let scale: Double

    /// About how long the job takes, for ordering: its points, rasterised and
    /// compressed for a PNG (scale² pixels, each costing about three times a point
    /// of SVG), written out as text for SVG and PDF.
    var cost: Double {
        let area = scene.size.width * scene.size.height
        return format == .png ? area * scale * scale * 3 : area
    }

    /// A job per figure and format, in the order of `figures`, then of `formats`.
    static func jobs(for figures: [Figure], formats: [OutputFormat], scale: Double) -> [RenderJob] {
        figures.flatMap { figure in
            formats.map { RenderJob(fileName: "\(figure.name).\($0.rawValue)", scene: figure.scene, format: $0, scale: scale) }
        }
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
        case .svg: return try renderer.svg(job.scene)
        case .png: return try renderer.png(job.scene, scale: job.scale)
        case .pdf: return try renderer.pdf([job.scene])
        }
    }
}

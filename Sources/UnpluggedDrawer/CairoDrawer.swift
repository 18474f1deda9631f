import UnpluggedBuild
import UnpluggedCairo
import UnpluggedFigures

/// Draws files with Cairo and measures text with Pango: the drawer the command line
/// hands to `build` and `render`, which run it on every core (`RenderQueue`), and the
/// server hands its requests to.
public struct CairoDrawer: FigureDrawer {
    public init() {}

    public var measurer: any TextMeasuring { PangoMeasurer() }

    public func bytes(of job: RenderJob) throws -> [UInt8] {
        let renderer = CairoRenderer()
        switch job.format {
        case .svg: return try renderer.svg(job.pages[0])
        case .png: return try renderer.png(job.pages[0], scale: job.scale)
        case .pdf:
            if let handout = job.handout { return try renderer.pdf(handout, title: job.title) }
            return try renderer.pdf(job.pages, title: job.title)
        case .gif: return try renderer.gif(job.pages, scale: job.scale, delay: job.delay)
        }
    }

    /// A handout's PDF straight to the file, page by page; any other file drawn whole
    /// (it is one slide, or a sequence's frames already in memory).
    public func write(_ job: RenderJob, to descriptor: Int32, wrote: (UnsafeRawBufferPointer) -> Void) throws {
        guard let handout = job.handout else { return try writeBytes(of: job, to: descriptor, wrote: wrote) }
        try CairoRenderer().writePDF(handout, title: job.title, to: descriptor, drewPage: { _ in }, wrote: wrote)
    }
}

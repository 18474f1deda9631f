import UnpluggedFigures

/// What `build` and `render` need from a renderer: text measured as the files will
/// show it, to lay figures out, and each file's bytes drawn from its scenes.
///
/// The command line hands in one backed by Cairo and Pango; tests hand in a fake, so
/// what a build decides is tested without drawing a pixel, and this library never
/// imports Cairo.
public protocol FigureDrawer: Sendable {
    /// Measures text for layout, on the thread that makes the scenes.
    var measurer: any TextMeasuring { get }

    /// The bytes of one job's file, in memory. Called on every core at once.
    func bytes(of job: RenderJob) throws -> [UInt8]
}

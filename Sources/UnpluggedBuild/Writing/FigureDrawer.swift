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

    /// Writes one job's file to the open file `descriptor` as it is drawn, showing each
    /// piece written to `wrote` (for the file's digest): a handout's PDF a page at a
    /// time, so that `build` never holds a long one whole. Called on every core at once.
    func write(_ job: RenderJob, to descriptor: Int32, wrote: (UnsafeRawBufferPointer) -> Void) throws
}

extension FigureDrawer {
    /// The job's bytes drawn in memory (`bytes(of:)`), then written to `descriptor`:
    /// how a drawer that cannot stream a file writes it.
    public func write(_ job: RenderJob, to descriptor: Int32, wrote: (UnsafeRawBufferPointer) -> Void) throws {
        try writeBytes(of: job, to: descriptor, wrote: wrote)
    }

    /// Draws the job's bytes in memory and writes them to `descriptor`.
    public func writeBytes(of job: RenderJob, to descriptor: Int32, wrote: (UnsafeRawBufferPointer) -> Void) throws {
        let bytes = try bytes(of: job)
        bytes.withUnsafeBytes(wrote)
        try AtomicFile.writeAll(bytes, to: descriptor)
    }
}

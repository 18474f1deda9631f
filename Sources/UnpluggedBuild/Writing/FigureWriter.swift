import Foundation
import UnpluggedFigures

/// Renders figures and writes them into a folder, whole or not at all: `render`'s way
/// of writing, which has no build record.
///
/// Every file is rendered on every core and written under a temporary name beside
/// its destination as soon as it is drawn (`StagedFiles`); only when all are written
/// are they renamed over their destinations. So a failure leaves every figure as it
/// was (and no output folder it made), a crash leaves each figure either as it was or
/// wholly new, and no more than a few files' bytes are in memory at once.
///
/// Into a folder a build keeps (it has a build lock file), it writes holding that
/// lock, so a build at the same moment neither reads a half-changed folder nor clears
/// away these files' temporary copies; into any other folder it writes no lock file.
public struct FigureWriter {
    public let folder: String
    public let formats: [OutputFormat]
    public let scale: Double
    /// The GIF of the figures, when they are a sequence animated.
    public let animation: SequenceAnimation?
    public let drawer: any FigureDrawer
    /// What to do when a build holds the folder.
    public var whenBusy: BuildLock.WhenBusy

    public init(folder: String, formats: [OutputFormat], scale: Double, animation: SequenceAnimation? = nil,
                drawer: any FigureDrawer, whenBusy: BuildLock.WhenBusy = .wait(told: { _ in })) {
        self.folder = folder
        self.formats = formats
        self.scale = scale
        self.animation = animation
        self.drawer = drawer
        self.whenBusy = whenBusy
    }

    /// Writes `<name>.<format>` for every figure `make` hands over, and the GIF of them
    /// all when they are a sequence animated; returns the paths written, in the order
    /// the figures came. All are written, or (when one cannot be, or `make` throws)
    /// none is changed.
    ///
    /// `make` is called once, on this thread, with what to do with each figure as it
    /// is made (`FigureRequest.forEachFigure`): its files start drawing on the other
    /// cores at once, and when drawing falls behind this thread draws too before making
    /// the next, so that only a few scenes of a long sequence are alive at a time.
    @discardableResult
    public func write(_ make: (_ each: (Figure) throws -> Void) throws -> Void) throws -> [String] {
        try BuildLock.holdingIfPresent(folder, whenBusy: whenBusy) { try writeUnlocked(make) }
    }

    private func writeUnlocked(_ make: (_ each: (Figure) throws -> Void) throws -> Void) throws -> [String] {
        let madeFolders = try AtomicFile.prepareFolder(folder)
        let staged = StagedFiles()
        var written = false
        defer {
            if !written {
                staged.discardAll()
                AtomicFile.removeFolders(madeFolders)
            }
        }
        let (folder, drawer) = (folder, drawer)
        let queue = RenderQueue { job in
            let path = (folder as NSString).appendingPathComponent(job.fileName)
            return try staged.stage(drawer.bytes(of: job), named: path, at: path).path
        }
        defer { queue.cancel() }
        var jobs = FigureJobs(formats: formats, scale: scale, animation: animation)
        try make { figure in queue.feed(jobs.jobs(for: figure)) }
        queue.add(jobs.lastJobs())
        let paths = try queue.results()
        try AtomicFile.commit(paths.map { staged[$0]! })
        written = true
        return paths
    }
}

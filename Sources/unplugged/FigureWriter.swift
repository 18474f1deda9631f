import Foundation
import UnpluggedBuild
import UnpluggedFigures

/// Renders figures and writes them into a folder, whole or not at all: `render`'s way
/// of writing, which has no build record.
///
/// Every file is rendered in memory first (`FigureRenderer`, on every core), then all
/// are written to temporary files beside their destinations and only then renamed over
/// them, so a failure leaves every figure as it was, and a crash leaves each figure
/// either as it was or wholly new.
struct FigureWriter {
    let folder: String
    let formats: [OutputFormat]
    let scale: Double

    /// Writes `<name>.<format>` for every figure and format; returns the paths written.
    /// All are written, or (when one cannot be) none is changed.
    @discardableResult
    func write(_ figures: [Figure]) throws -> [String] {
        let jobs = RenderJob.jobs(for: figures, formats: formats, scale: scale)
        let bytes = try FigureRenderer.render(jobs)
        let files = zip(jobs, bytes).map { job, bytes in ((folder as NSString).appendingPathComponent(job.fileName), bytes) }
        try AtomicFile.prepareFolder(folder)
        try AtomicFile.writeAll(files)
        return files.map(\.0)
    }
}

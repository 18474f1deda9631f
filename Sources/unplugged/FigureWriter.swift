import Foundation
import UnpluggedBuild
import UnpluggedFigures

/// Renders figures and writes them into a folder, whole or not at all: `render`'s way
/// of writing, which has no build record.
///
/// Every file is rendered in memory first (`FigureRenderer`), then each is written to
/// a temporary file beside its destination and renamed over it, so a failure or a
/// crash leaves each figure either as it was or wholly new.
struct FigureWriter {
    let folder: String
    let formats: [OutputFormat]
    let scale: Double

    /// Writes `<name>.<format>` for every figure and format; returns the paths written.
    @discardableResult
    func write(_ figures: [Figure]) throws -> [String] {
        let jobs = RenderJob.jobs(for: figures, formats: formats, scale: scale)
        let files = try FigureRenderer.render(jobs)
        try AtomicFile.prepareFolder(folder)
        var written: [String] = []
        for (job, bytes) in zip(jobs, files) {
            let path = (folder as NSString).appendingPathComponent(job.fileName)
            try AtomicFile.write(bytes, to: path)
            written.append(path)
        }
        return written
    }
}

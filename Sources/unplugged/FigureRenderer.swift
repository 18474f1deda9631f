import Dispatch
import Foundation
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

/// Renders scenes to the bytes of their files, in memory, on every core.
///
/// Rendering is apart from writing so that `render` and `build` can both draw
/// everything first and write only when all of it has succeeded: a failure leaves the
/// output folder as it was.
enum FigureRenderer {
    /// Every job's bytes, in the order of `jobs`; throws the first failure by order.
    /// - Parameter progress: called (from any thread) with the number of files done.
    static func render(_ jobs: [RenderJob], progress: (@Sendable (Int) -> Void)? = nil) throws -> [[UInt8]] {
        let renderer = CairoRenderer()
        let results = ResultSlots<[UInt8]>(count: jobs.count)
        // The costliest first, so that no core is left with a big frame at the end
        // while the others have finished.
        let order = jobs.indices.sorted { jobs[$0].cost != jobs[$1].cost ? jobs[$0].cost > jobs[$1].cost : $0 < $1 }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { turn in
            let index = order[turn]
            let job = jobs[index]
            results[index] = Result {
                switch job.format {
                case .svg: try renderer.svg(job.scene)
                case .png: try renderer.png(job.scene, scale: job.scale)
                case .pdf: try renderer.pdf([job.scene])
                }
            }
            if let progress { progress(results.filled) }
        }
        return try results.values()
    }
}

/// One result per index, filled from several threads at once.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Result<Value, any Error>?]
    private var count = 0
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Result<Value, any Error>? {
        get { lock.withLock { slots[index] } }
        set {
            lock.withLock {
                if slots[index] == nil, newValue != nil { count += 1 }
                slots[index] = newValue
            }
        }
    }

    /// How many slots hold a result.
    var filled: Int { lock.withLock { count } }

    /// The values in index order; throws the first error by index.
    func values() throws -> [Value] {
        try lock.withLock { slots }.map { try $0!.get() }
    }
}

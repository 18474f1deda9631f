import Dispatch
import Foundation
import UnpluggedCairo
import UnpluggedFigures

/// Renders figures and writes them into a folder, whole or not at all.
///
/// Every file is rendered in memory first (in parallel, on every core), then all are
/// written to temporary files beside their destinations and only then renamed over
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
        let files = try render(figures).map { name, bytes in ((folder as NSString).appendingPathComponent(name), bytes) }
        try AtomicFile.prepareFolder(folder)
        try AtomicFile.writeAll(files)
        return files.map(\.0)
    }

    /// Every output file's name and bytes, in the order of `figures`, then of formats.
    private func render(_ figures: [Figure]) throws -> [(String, [UInt8])] {
        let renderer = CairoRenderer()
        let scale = scale, formats = formats
        let results = ResultSlots<[(String, [UInt8])]>(count: figures.count)
        DispatchQueue.concurrentPerform(iterations: figures.count) { index in
            let figure = figures[index]
            results[index] = Result {
                try formats.map { format in
                    let bytes = switch format {
                    case .svg: try renderer.svg(figure.scene)
                    case .png: try renderer.png(figure.scene, scale: scale)
                    case .pdf: try renderer.pdf([figure.scene])
                    }
                    return ("\(figure.name).\(format.rawValue)", bytes)
                }
            }
        }
        return try results.values().flatMap { $0 }
    }
}

/// One result per index, filled from several threads at once.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Result<Value, any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Result<Value, any Error>? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// The values in index order; throws the first error by index.
    func values() throws -> [Value] {
        try lock.withLock { slots }.map { try $0!.get() }
    }
}

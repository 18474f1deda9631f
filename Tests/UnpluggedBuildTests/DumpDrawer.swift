import Synchronization
import UnpluggedBuild
import UnpluggedFigures

/// A drawer without Cairo: each file is its scenes' text dump, so the same figure
/// gives the same bytes and a changed one different bytes, and it notes every file it
/// draws. A PNG's dump opens as a PNG does, with its size in pixels (the scene's
/// points times the scale), so the PowerPoint deck can place it. It can be told to fail on one file, as a renderer that runs out of memory
/// or meets a figure too big would.
final class DumpDrawer: FigureDrawer {
    /// The file whose drawing fails, if any.
    let failing: String?
    private let drawnFiles = Mutex<[String]>([])

    init(failing: String? = nil) {
        self.failing = failing
    }

    var measurer: any TextMeasuring { FixedAdvanceMeasurer() }

    func bytes(of job: RenderJob) throws -> [UInt8] {
        drawnFiles.withLock { $0.append(job.fileName) }
        if job.fileName == failing { throw DrawingFailed(file: job.fileName) }
        let header = "\(job.format.rawValue) at \(job.scale)\(job.title.map { ", titled \($0)" } ?? "")"
            + (job.format == .gif ? ", \(job.pages.count) frames of \(job.delay) hundredths" : "") + "\n"
        let pages = job.handout.map(Array.init) ?? job.pages
        let dump = Array((header + pages.map { $0.dump() }.joined(separator: "\n")).utf8)
        guard job.format == .png, let scene = job.pages.first else { return dump }
        return Self.pngOpening(width: Int(scene.size.width * job.scale), height: Int(scene.size.height * job.scale)) + dump
    }

    /// A PNG's signature and header chunk (its checksum left zero), for an image of the size given.
    static func pngOpening(width: Int, height: Int) -> [UInt8] {
        func number(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] + number(13) + Array("IHDR".utf8)
            + number(width) + number(height) + [8, 6, 0, 0, 0] + number(0)
    }

    /// The files drawn so far, sorted.
    var drawn: [String] {
        drawnFiles.withLock { $0.sorted() }
    }
}

/// The failure `DumpDrawer` was told to have.
struct DrawingFailed: Error, CustomStringConvertible {
    let file: String

    var description: String { "\(file) could not be drawn" }
}

/// Every character `advance` ems wide and a line 1.2 ems high: layout without a
/// font engine.
struct FixedAdvanceMeasurer: TextMeasuring {
    var advance = 0.6

    func measure(_ text: String, font: Font) -> TextMetrics {
        TextMetrics(width: Double(text.count) * advance * font.size, height: 1.2 * font.size, baseline: 0.95 * font.size)
    }
}

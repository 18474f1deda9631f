import CCairo
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// Times PNG encoding of lesson-like frames: cairo's own writer against `PNGEncoder`,
/// on the same pixels, and the whole `CairoRenderer.png` (draw + encode).
/// Usage: png-bench [REPEATS]   (release build: Scripts/bench-png)

let repeats = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 40
let renderer = CairoRenderer()
let frames: [(name: String, scene: Scene)] = [
    ("frame, opaque", BenchScene.scene()),
    ("frame, transparent", BenchScene.scene(background: nil)),
    ("sticky note", StickyFigure.scene(for: "blue", in: BuiltInLesson.vocabulary, measurer: PangoMeasurer())),
]

/// Milliseconds per run of `body`, the fastest of three rounds of `repeats` runs.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<3 {
        let elapsed = try clock.measure { for _ in 0..<repeats { try body() } }
        let (seconds, attoseconds) = elapsed.components
        best = min(best, (Double(seconds) + Double(attoseconds) * 1e-18) * 1000 / Double(repeats))
    }
    return best
}

/// The surface cairo decodes `png` to: the pixels both encoders are given.
func decoded(_ png: [UInt8]) -> OpaquePointer {
    var remaining = png[...]
    return withUnsafeMutablePointer(to: &remaining) { cursor in
        cairo_image_surface_create_from_png_stream({ closure, data, length in
            let cursor = closure!.assumingMemoryBound(to: ArraySlice<UInt8>.self)
            guard let data, cursor.pointee.count >= Int(length) else { return CAIRO_STATUS_READ_ERROR }
            cursor.pointee.prefix(Int(length)).withUnsafeBytes { data.update(from: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(length)) }
            cursor.pointee.removeFirst(Int(length))
            return CAIRO_STATUS_SUCCESS
        }, cursor)!
    }
}

func cairoPNG(_ surface: OpaquePointer) -> [UInt8] {
    var bytes: [UInt8] = []
    withUnsafeMutablePointer(to: &bytes) { sink in
        _ = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            closure!.assumingMemoryBound(to: [UInt8].self).pointee += UnsafeBufferPointer(start: data, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, sink)
    }
    return bytes
}

func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = String(hundredths % 100)
    return "\(hundredths / 100).\(fraction.count == 1 ? "0" : "")\(fraction)"
}

print("repeats: \(repeats) (fastest of 3 rounds)")
for (name, scene) in frames {
    let surface = decoded(try renderer.png(scene))
    defer { cairo_surface_destroy(surface) }
    let size = "\(cairo_image_surface_get_width(surface))×\(cairo_image_surface_get_height(surface))"
    let cairoBytes = cairoPNG(surface).count
    let ourBytes = try PNGEncoder.encode(surface).count
    let cairoTime = milliseconds { _ = cairoPNG(surface) }
    let ourTime = try milliseconds { _ = try PNGEncoder.encode(surface) }
    let renderTime = try milliseconds { _ = try renderer.png(scene) }
    print("\(name) \(size): cairo writer \(format(cairoTime)) ms \(cairoBytes) B | PNGEncoder \(format(ourTime)) ms \(ourBytes) B | CairoRenderer.png (draw + encode) \(format(renderTime)) ms")
}

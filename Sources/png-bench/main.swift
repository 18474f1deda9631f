import CCairo
import Dispatch
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel
import UnpluggedPNG

/// Times PNG encoding of lesson-like images: cairo's own writer against `PNGEncoder` on
/// the same pixels, `CairoRenderer.png` and `.svg` whole, a lesson set of 26
/// SVG + PNG pairs written concurrently, as `unplugged` writes figures, and the
/// reference lesson's own 26 figures on one core: drawing, encoding and SVG apart.
/// Usage: png-bench [REPEATS]   (release build, from the repository: Scripts/bench-png)

let repeats = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 40
let renderer = CairoRenderer()
let frame = BenchScene.scene()
let images: [(name: String, scene: Scene)] = [
    ("frame, opaque", frame),
    ("frame, transparent", BenchScene.scene(background: nil)),
    ("sticky note", StickyFigure.scene(for: "blue", in: BuiltInLesson.vocabulary, measurer: PangoMeasurer())),
]

/// Milliseconds per run of `body`: the fastest of three rounds of `runs` runs, as
/// the other engineers' builds share these cores.
func milliseconds(runs: Int = repeats, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<3 {
        let elapsed = try clock.measure { for _ in 0..<runs { try body() } }
        let (seconds, attoseconds) = elapsed.components
        best = min(best, (Double(seconds) + Double(attoseconds) * 1e-18) * 1000 / Double(runs))
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
            _ = UnsafeMutableBufferPointer(start: data, count: Int(length)).initialize(from: cursor.pointee.prefix(Int(length)))
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

func ms(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = String(hundredths % 100)
    return "\(hundredths / 100).\(fraction.count == 1 ? "0" : "")\(fraction) ms"
}

print("fastest of 3 rounds of \(repeats) runs, per image")
for (name, scene) in images {
    let surface = decoded(try renderer.png(scene))
    defer { cairo_surface_destroy(surface) }
    let size = "\(cairo_image_surface_get_width(surface))×\(cairo_image_surface_get_height(surface))"
    let cairoBytes = cairoPNG(surface).count
    let ourBytes = try PNGEncoder.encode(surface).count
    let cairoTime = milliseconds { _ = cairoPNG(surface) }
    let ourTime = try milliseconds { _ = try PNGEncoder.encode(surface) }
    let pngTime = try milliseconds { _ = try renderer.png(scene) }
    let svgTime = try milliseconds { _ = try renderer.svg(scene) }
    print("\(name) \(size): cairo writer \(ms(cairoTime)) \(cairoBytes) B | PNGEncoder \(ms(ourTime)) \(ourBytes) B"
          + " | CairoRenderer.png (draw + encode) \(ms(pngTime)), .svg \(ms(svgTime))")
}

let pairs = 26
let lessonSet = milliseconds {
    DispatchQueue.concurrentPerform(iterations: pairs) { _ in
        _ = try! renderer.svg(frame)
        _ = try! renderer.png(frame)
    }
}
print("lesson set: \(pairs) SVG + PNG pairs of the opaque frame, concurrently: \(ms(lessonSet))")

// The real lesson set on one core: where a build's time goes, figure kind aside.
let lessonScenes = try LessonSet.scenes()
let lessonSurfaces = try lessonScenes.map { decoded(try renderer.png($0)) }
defer { lessonSurfaces.forEach { cairo_surface_destroy($0) } }
let rounds = max(1, repeats / 10)
let lessonPNG = try milliseconds(runs: rounds) { for scene in lessonScenes { _ = try renderer.png(scene) } }
let lessonEncoding = try milliseconds(runs: rounds) { for surface in lessonSurfaces { _ = try PNGEncoder.encode(surface) } }
let lessonSVG = try milliseconds(runs: rounds) { for scene in lessonScenes { _ = try renderer.svg(scene) } }
print("reference lesson set, \(lessonScenes.count) figures, one core: CairoRenderer.png \(ms(lessonPNG))"
      + " (drawing \(ms(lessonPNG - lessonEncoding)), PNGEncoder \(ms(lessonEncoding))), .svg \(ms(lessonSVG))")

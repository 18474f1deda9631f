import CCairo
import Synchronization
import UnpluggedFigures

/// Draws each kind of circle once and stamps copies of it after.
///
/// A model's balls are dozens of circles a figure in a few colours, and filling and
/// outlining them cost Cairo more than all the rest of a lesson frame's pixels:
/// stamped, `Scripts/bench-png` shows drawing at a fifth of the PNGs' time, the rest
/// encoding.
///
/// - On a PDF surface, the first circle of a radius and style is recorded, and every
///   circle like it paints the recording: Cairo writes the circle once, as a PDF
///   form, and each ball as a reference to it, instead of writing its curves again.
///   An SVG draws its circles in place: Cairo 1.16's SVG writer never lets go of the
///   recordings a figure paints, so a server lost 4 KB with every bins figure it
///   drew (23 KB when they outlived the surface), and stamping saved an SVG no time
///   (the glyphs' outlines are most of its cost); its bins figure is a fifth larger.
/// - On an image surface, a circle is drawn once for each place it can sit within a
///   pixel, into a small image that is copied into place. The images are kept for the
///   whole process: the frames of a sequence put the same balls in the same places.
///   Blending the copy gives the pixels drawing in place gives, to within rounding.
///
/// A circle on any other surface (an SVG's), in a group being faded, or under a
/// transformation other than a scale is drawn in place.
final class CircleStamps {
    private let context: OpaquePointer
    private let kind: SurfaceKind
    /// The vector recordings, one per radius and style, made as first needed.
    private var recordings: [Shape: OpaquePointer] = [:]

    private enum SurfaceKind {
        case vector, image, other
    }

    /// A circle as drawn at its centre, whatever the centre.
    private struct Shape: Hashable {
        let radius: Double
        let style: Style
    }

    init(context: OpaquePointer) {
        self.context = context
        switch cairo_surface_get_type(cairo_get_target(context)) {
        case CAIRO_SURFACE_TYPE_PDF: kind = .vector
        case CAIRO_SURFACE_TYPE_IMAGE: kind = .image
        default: kind = .other
        }
    }

    deinit {
        for recording in recordings.values { cairo_surface_destroy(recording) }
    }

    /// Stamps the circle; false when it must be drawn in place instead.
    func stamp(center: Point, radius: Double, style: Style) -> Bool {
        guard cairo_get_group_target(context) == cairo_get_target(context) else { return false }
        let shape = Shape(radius: radius, style: style)
        switch kind {
        case .vector: stampRecording(of: shape, at: center)
        case .image: return stampImage(of: shape, at: center)
        case .other: return false
        }
        return true
    }

    private func stampRecording(of shape: Shape, at center: Point) {
        let recording = recordings[shape] ?? record(shape)
        recordings[shape] = recording
        let reach = CircleStamps.reach(of: shape)
        cairo_set_source_surface(context, recording, center.x - reach, center.y - reach)
        cairo_paint(context)
    }

    /// How far the circle's ink reaches from its centre, with a point to spare.
    private static func reach(of shape: Shape) -> Double {
        shape.radius + (shape.style.stroke?.width ?? 0) + 1
    }

    /// The circle on a recording surface just large enough, its centre `reach` from
    /// the top-left corner. (Cairo's SVG writer clips a recording to a rectangle
    /// from the origin, whatever the recording's own bounds.)
    private func record(_ shape: Shape) -> OpaquePointer {
        let reach = CircleStamps.reach(of: shape)
        var bounds = cairo_rectangle_t(x: 0, y: 0, width: 2 * reach, height: 2 * reach)
        let recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &bounds)!
        let recorder = cairo_create(recording)!
        SceneDrawing(context: recorder, stampingCircles: false)
            .draw(.circle(center: Point(x: reach, y: reach), radius: shape.radius, style: shape.style))
        cairo_destroy(recorder)
        return recording
    }

    /// Whether a circle is small enough at `scale` to be kept as an image: larger ones
    /// are few, and their images would be megabytes each, so they are drawn in place.
    static func keepsImage(radius: Double, style: Style, scale: Double) -> Bool {
        Sprite.reach(of: Shape(radius: radius, style: style), scale: scale) <= 128
    }

    private func stampImage(of shape: Shape, at center: Point) -> Bool {
        var matrix = cairo_matrix_t()
        cairo_get_matrix(context, &matrix)
        guard matrix.xy == 0, matrix.yx == 0, matrix.xx == matrix.yy, matrix.xx > 0,
              CircleStamps.keepsImage(radius: shape.radius, style: shape.style, scale: matrix.xx) else { return false }
        var (x, y) = (center.x, center.y)
        cairo_user_to_device(context, &x, &y)
        let pixel = (x: x.rounded(.down), y: y.rounded(.down))
        let key = Sprite.Key(shape: shape, scale: matrix.xx, tolerance: cairo_get_tolerance(context),
                             within: Point(x: x - pixel.x, y: y - pixel.y))
        let sprite = Sprite.cached(key)
        withExtendedLifetime(sprite) {
            let image = cairo_image_surface_create_for_data(sprite.pixels, CAIRO_FORMAT_ARGB32,
                                                            Int32(sprite.side), Int32(sprite.side), Int32(sprite.stride))
            cairo_save(context)
            cairo_identity_matrix(context)
            cairo_set_source_surface(context, image, pixel.x - Double(sprite.margin), pixel.y - Double(sprite.margin))
            cairo_paint(context)
            cairo_restore(context)
            cairo_surface_destroy(image)
        }
        return true
    }

    /// One circle drawn into a small premultiplied ARGB image, its centre `margin`
    /// pixels (plus `within`) from the image's top-left corner.
    private final class Sprite: @unchecked Sendable {
        struct Key: Hashable, Sendable {
            let shape: Shape
            let scale: Double
            let tolerance: Double
            /// Where the centre falls within its pixel, from 0 up to 1 on each axis.
            let within: Point
        }

        let side: Int
        let stride: Int
        let margin: Int
        let pixels: UnsafeMutablePointer<UInt8>

        /// Images already drawn, for every thread; emptied when it holds this many,
        /// which a figure set of thousands of different circles could reach.
        private static let cache = Mutex<[Key: Sprite]>([:])
        private static let cacheLimit = 4096

        static func cached(_ key: Key) -> Sprite {
            if let sprite = cache.withLock({ $0[key] }) { return sprite }
            let sprite = Sprite(key)
            cache.withLock { cache in
                if cache.count >= cacheLimit { cache.removeAll() }
                cache[key] = sprite
            }
            return sprite
        }

        /// How far, in pixels, the circle's ink reaches from its centre.
        static func reach(of shape: Shape, scale: Double) -> Double {
            (shape.radius + (shape.style.stroke?.width ?? 0)) * scale
        }

        private init(_ key: Key) {
            margin = Int(Sprite.reach(of: key.shape, scale: key.scale).rounded(.up)) + 2
            side = 2 * margin + 1
            stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(side)))
            pixels = .allocate(capacity: stride * side)
            pixels.initialize(repeating: 0, count: stride * side)
            let surface = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_ARGB32, Int32(side), Int32(side), Int32(stride))!
            let context = cairo_create(surface)!
            cairo_set_tolerance(context, key.tolerance)
            cairo_translate(context, Double(margin) + key.within.x, Double(margin) + key.within.y)
            cairo_scale(context, key.scale, key.scale)
            SceneDrawing(context: context, stampingCircles: false)
                .draw(.circle(center: Point(x: 0, y: 0), radius: key.shape.radius, style: key.shape.style))
            cairo_destroy(context)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }

        deinit {
            pixels.deallocate()
        }
    }
}

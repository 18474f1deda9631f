import CCairo
import UnpluggedCairo
import UnpluggedPNG

/// A Cairo image surface owned by a test, destroyed with it.
final class ImageSurface {
    let pointer: OpaquePointer

    /// A surface of `format` whose pixel (x, y) is the word `pixel(x, y)`.
    convenience init(_ format: cairo_format_t, width: Int, height: Int, pixel: (Int, Int) -> UInt32) {
        self.init(format, width: width, height: height)
        let stride = Int(cairo_image_surface_get_stride(pointer))
        let data = UnsafeMutableRawPointer(cairo_image_surface_get_data(pointer)!)
        for y in 0..<height {
            let row = (data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { row[x] = pixel(x, y) }
        }
        cairo_surface_mark_dirty(pointer)
    }

    /// A surface of `format` on which `draw` paints with a Cairo context.
    convenience init(_ format: cairo_format_t, width: Int, height: Int, draw: (OpaquePointer) -> Void) {
        self.init(format, width: width, height: height)
        let context = cairo_create(pointer)!
        draw(context)
        cairo_destroy(context)
        cairo_surface_flush(pointer)
    }

    private init(_ format: cairo_format_t, width: Int, height: Int) {
        pointer = cairo_image_surface_create(format, Int32(width), Int32(height))
    }

    /// The surface as `PNGEncoder`, the encoder under test, writes it. A method, so
    /// that the surface lives while its pointer is in use.
    func png() throws -> [UInt8] {
        try PNGEncoder.encode(pointer)
    }

    deinit { cairo_surface_destroy(pointer) }
}

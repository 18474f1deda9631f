import CCairo
import UnpluggedPNG

extension PNGEncoder {
    /// The PNG of `surface`, a Cairo image surface of format RGB24 or ARGB32; throws
    /// for other formats, for a surface in an error state and for one without pixels.
    public static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        try check(cairo_surface_status(surface), "encoding PNG")
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32 else {
            throw RenderError("PNG encoding needs an RGB24 or ARGB32 image surface")
        }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard width > 0, height > 0, let data = cairo_image_surface_get_data(surface) else {
            throw RenderError("a PNG needs at least one pixel, not \(width) × \(height)")
        }
        let bytes = UnsafeRawBufferPointer(start: data, count: height * stride)
        return encode(PixelRows(bytes, width: width, height: height, stride: stride, hasAlpha: format == CAIRO_FORMAT_ARGB32))
    }
}

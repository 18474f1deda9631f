import CCairo

/// Cairo's own PNG writer and reader: the reference `PNGEncoder` is checked against.
enum CairoReference {
    /// `surface` as written by `cairo_surface_write_to_png_stream`.
    static func png(_ surface: ImageSurface) -> [UInt8] {
        var bytes: [UInt8] = []
        let status = withUnsafeMutablePointer(to: &bytes) { sink in
            cairo_surface_write_to_png_stream(surface.pointer, { closure, data, length in
                closure!.assumingMemoryBound(to: [UInt8].self).pointee += UnsafeBufferPointer(start: data, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, sink)
        }
        precondition(status == CAIRO_STATUS_SUCCESS, "cairo could not write the PNG")
        return bytes
    }

    /// `png` decoded by cairo; nil when cairo cannot read it.
    static func decode(_ png: [UInt8]) -> DecodedSurface? {
        var remaining = png[...]
        let surface = withUnsafeMutablePointer(to: &remaining) { cursor in
            cairo_image_surface_create_from_png_stream({ closure, data, length in
                let cursor = closure!.assumingMemoryBound(to: ArraySlice<UInt8>.self)
                guard let data, cursor.pointee.count >= Int(length) else { return CAIRO_STATUS_READ_ERROR }
                _ = UnsafeMutableBufferPointer(start: data, count: Int(length)).initialize(from: cursor.pointee.prefix(Int(length)))
                cursor.pointee.removeFirst(Int(length))
                return CAIRO_STATUS_SUCCESS
            }, cursor)!
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        return DecodedSurface(surface)
    }
}

/// A decoded image, whole: two PNGs decode alike when these are equal.
struct DecodedSurface: Equatable, CustomStringConvertible {
    let format: cairo_format_t
    let width: Int
    let height: Int
    /// Rows of native-endian 0xAARRGGBB words, premultiplied, stride removed.
    let words: [UInt32]

    init(_ surface: OpaquePointer) {
        cairo_surface_flush(surface)
        format = cairo_image_surface_get_format(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        words = (0..<height).flatMap { [width] row in
            Array(UnsafeBufferPointer(start: (data + row * stride).assumingMemoryBound(to: UInt32.self), count: width))
        }
    }
}

extension DecodedSurface {
    var description: String { "\(width)×\(height) image of Cairo format \(format.rawValue)" }

    /// Where this image first differs from `other`, or nil when they are equal.
    func difference(from other: DecodedSurface?) -> String? {
        guard let other else { return "the other image does not decode" }
        guard (format, width, height) == (other.format, other.width, other.height) else { return "\(self) vs \(other)" }
        guard let index = words.indices.first(where: { words[$0] != other.words[$0] }) else { return nil }
        let hex = { (word: UInt32) in String(word, radix: 16) }
        return "pixel (\(index % width), \(index / width)): \(hex(words[index])) vs \(hex(other.words[index]))"
    }
}

import CCairo

/// A PNG decoded by Cairo, so tests can look at its pixels.
struct DecodedPNG {
    let width: Int
    let height: Int
    /// Rows of premultiplied 0xAARRGGBB pixels, as Cairo stores them.
    let pixels: [UInt32]

    /// Decodes `bytes`; nil when Cairo cannot read them as a PNG.
    init?(_ bytes: [UInt8]) {
        var remaining = bytes[...]
        let surface = withUnsafeMutablePointer(to: &remaining) { cursor in
            cairo_image_surface_create_from_png_stream({ closure, data, length in
                let cursor = closure!.assumingMemoryBound(to: ArraySlice<UInt8>.self)
                guard cursor.pointee.count >= Int(length), let data else { return CAIRO_STATUS_READ_ERROR }
                for index in 0..<Int(length) { data[index] = cursor.pointee.removeFirst() }
                return CAIRO_STATUS_SUCCESS
            }, cursor)
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface)) / 4
        let data = cairo_image_surface_get_data(surface)!.withMemoryRebound(to: UInt32.self, capacity: stride * height) {
            Array(UnsafeBufferPointer(start: $0, count: stride * height))
        }
        self.width = width
        self.height = height
        var rows: [UInt32] = []
        for row in 0..<height { rows += data[(row * stride)..<(row * stride + width)] }
        pixels = rows
    }

    /// The `#rrggbb` of the pixel at (`x`, `y`), ignoring opacity.
    func hex(x: Int, y: Int) -> String {
        let pixel = pixels[y * width + x]
        let digits = String(pixel & 0xffffff, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// The opacity of the pixel at (`x`, `y`), 0...255.
    func alpha(x: Int, y: Int) -> Int { Int(pixels[y * width + x] >> 24) }
}

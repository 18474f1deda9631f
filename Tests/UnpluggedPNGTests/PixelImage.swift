import UnpluggedPNG

/// An image in a plain array laid out as Cairo lays out its image surfaces, so the
/// encoder is tested without Cairo. Each row is followed by a few words of padding,
/// as Cairo's rows may be, filled with colours the image does not have: a file that
/// showed them would have read past a row.
struct PixelImage {
    let width: Int
    let height: Int
    /// Premultiplied ARGB32 when true, else RGB24 with the top byte unused.
    let hasAlpha: Bool
    let wordsPerRow: Int
    private(set) var words: [UInt32]

    init(width: Int, height: Int, hasAlpha: Bool, padding: Int = 3, pixel: (Int, Int) -> UInt32) {
        self.width = width
        self.height = height
        self.hasAlpha = hasAlpha
        wordsPerRow = width + padding
        words = (0..<height * wordsPerRow).map { 0xff12_3456 &+ UInt32($0) }
        for y in 0..<height {
            for x in 0..<width { words[y * wordsPerRow + x] = pixel(x, y) }
        }
    }

    func pixel(x: Int, y: Int) -> UInt32 { words[y * wordsPerRow + x] }

    /// Runs `body` with the image as the encoder reads it.
    func withPixelRows<Result>(_ body: (PixelRows) throws -> Result) rethrows -> Result {
        try words.withUnsafeBytes { bytes in
            try body(PixelRows(bytes, width: width, height: height, stride: 4 * wordsPerRow, hasAlpha: hasAlpha))
        }
    }

    /// The image as `PNGEncoder`, the encoder under test, writes it.
    func png() -> [UInt8] {
        withPixelRows { PNGEncoder.encode($0) }
    }

    /// The unfiltered scanlines a decoder must get from an opaque image written as RGB:
    /// a 0 filter byte, then red, green and blue of each pixel.
    var rgbScanlines: [UInt8] {
        (0..<height).flatMap { y in
            [0] + (0..<width).flatMap { x in
                let word = pixel(x: x, y: y)
                return [UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
            }
        }
    }
}

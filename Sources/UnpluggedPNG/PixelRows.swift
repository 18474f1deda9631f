/// An image as Cairo's image surfaces hold it, which is what `PNGEncoder` reads:
/// `height` rows of `width` native-endian 0xAARRGGBB words, each row `stride` bytes
/// after the one before. With alpha (Cairo's ARGB32) the colour channels are
/// premultiplied by it; without (RGB24) the top byte is unused and every pixel is opaque.
///
/// The rows are borrowed, not copied: a frame is megabytes, and the encoder reads
/// each pixel once or twice. They must stay as they are while it reads them.
public struct PixelRows {
    public let bytes: UnsafeRawBufferPointer
    public let width: Int
    public let height: Int
    public let stride: Int
    public let hasAlpha: Bool

    /// `bytes` must hold every row; a PNG has at least one pixel.
    public init(_ bytes: UnsafeRawBufferPointer, width: Int, height: Int, stride: Int, hasAlpha: Bool) {
        precondition(width > 0 && height > 0, "a PNG needs at least one pixel, not \(width) × \(height)")
        precondition(stride >= 4 * width && bytes.count >= (height - 1) * stride + 4 * width,
                     "\(bytes.count) bytes cannot hold \(height) rows of \(width) pixels, \(stride) bytes apart")
        self.bytes = bytes
        self.width = width
        self.height = height
        self.stride = stride
        self.hasAlpha = hasAlpha
    }

    /// Row `y`'s pixels.
    func row(_ y: Int) -> UnsafePointer<UInt32> {
        (bytes.baseAddress! + y * stride).assumingMemoryBound(to: UInt32.self)
    }
}

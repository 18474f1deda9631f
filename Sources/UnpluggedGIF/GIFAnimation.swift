import CGif

/// An animated GIF made from a sequence's frames, as slides show it: every frame in
/// order for the same time, looping forever, every pixel opaque (PowerPoint and Google
/// Slides draw a GIF's transparency badly), in one colour table (`Palette`).
///
/// A frame after the first keeps only the rectangle of pixels that changed from the
/// frame before, drawn over it ("do not dispose"): a training step changes a sticky, an
/// arrow and a bin, about half the picture. The LZW coding is giflib's.
public struct GIFAnimation {
    public let width: Int
    public let height: Int
    /// The last frame added, whole, to find what the next one changes.
    private var previous: [UInt32] = []
    private var patches: [Patch] = []
    /// How many pixels of each colour the patches hold.
    private var counts = ColorTable()

    /// The part of a frame a GIF stores: a rectangle and its pixels, row by row.
    struct Patch {
        var left = 0, top = 0, width = 1, height = 1
        var pixels: [UInt32] = []
    }

    /// An animation of frames `width` × `height` pixels.
    public init(width: Int, height: Int) {
        precondition(width > 0 && height > 0 && width <= 0xFFFF && height <= 0xFFFF, "a GIF is 1 to 65535 pixels a side")
        self.width = width
        self.height = height
    }

    /// The frames added so far.
    public var frameCount: Int { patches.count }

    /// Adds the next frame: `height` rows `stride` bytes apart, each `width` native
    /// 32-bit pixels `0x··RRGGBB` (Cairo's RGB24 layout; the top byte is not read).
    public mutating func add(rows: UnsafeRawBufferPointer, stride: Int) {
        precondition(stride >= width * 4 && rows.count >= (height - 1) * stride + width * 4, "the rows hold the frame")
        let (width, height) = (width, height)
        let current = [UInt32](unsafeUninitializedCapacity: width * height) { pixels, initialized in
            for y in 0..<height {
                let row = rows.baseAddress!.advanced(by: y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { pixels[y * width + x] = row[x] & 0x00FF_FFFF }
            }
            initialized = width * height
        }
        var patch = previous.isEmpty ? Patch(left: 0, top: 0, width: width, height: height) : changedRectangle(from: previous, to: current)
        patch.pixels.reserveCapacity(patch.width * patch.height)
        for y in patch.top..<(patch.top + patch.height) {
            patch.pixels += current[(y * width + patch.left)..<(y * width + patch.left + patch.width)]
        }
        count(patch.pixels)
        patches.append(patch)
        previous = current
    }

    /// The smallest rectangle holding every pixel that differs; one pixel when none does.
    private func changedRectangle(from old: [UInt32], to new: [UInt32]) -> Patch {
        var (top, bottom, left, right) = (height, -1, width, -1)
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                for y in 0..<height {
                    let start = y * width
                    var x = 0
                    while x < width, old[start + x] == new[start + x] { x += 1 }
                    guard x < width else { continue }
                    (top, bottom, left) = (min(top, y), y, min(left, x))
                    var last = width - 1
                    while last > right, old[start + last] == new[start + last] { last -= 1 }
                    right = max(right, last)
                }
            }
        }
        guard bottom >= 0 else { return Patch() }
        return Patch(left: left, top: top, width: right - left + 1, height: bottom - top + 1)
    }

    /// Counts the pixels of each colour, a run of equal pixels at a time.
    private mutating func count(_ pixels: [UInt32]) {
        pixels.withUnsafeBufferPointer { pixels in
            var index = 0
            while index < pixels.count {
                let color = pixels[index]
                var end = index + 1
                while end < pixels.count, pixels[end] == color { end += 1 }
                counts.add(end - index, to: color)
                index = end
            }
        }
    }

    /// The GIF file of the frames added, each shown `delay` hundredths of a second.
    /// - Throws: `GIFError` when giflib cannot write it.
    public func encoded(delay: Int) throws -> [UInt8] {
        precondition(!patches.isEmpty, "a GIF has at least one frame")
        precondition((1...0xFFFF).contains(delay), "a GIF's delay is 1 to 65535 hundredths of a second")
        let palette = Palette(counts: counts)
        let sink = GIFSink()
        var status: Int32 = 0
        let output: OutputFunc = { file, bytes, length in
            let sink = Unmanaged<GIFSink>.fromOpaque(file!.pointee.UserData).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
            return length
        }
        guard let file = EGifOpen(Unmanaged.passUnretained(sink).toOpaque(), output, &status) else {
            throw GIFError("opening", status)
        }
        do {
            try withExtendedLifetime(sink) { try write(to: file, palette: palette, delay: delay) }
        } catch {
            EGifCloseFile(file, &status)
            throw error
        }
        guard EGifCloseFile(file, &status) == GIF_OK else { throw GIFError("closing", status) }
        return sink.bytes
    }

    private func write(to file: UnsafeMutablePointer<GifFileType>, palette: Palette, delay: Int) throws {
        func check(_ result: Int32, _ step: String) throws {
            if result != GIF_OK { throw GIFError(step, file.pointee.Error) }
        }
        var colors = palette.colors.map {
            GifColorType(Red: GifByteType($0 >> 16 & 0xFF), Green: GifByteType($0 >> 8 & 0xFF), Blue: GifByteType($0 & 0xFF))
        }
        colors += Array(repeating: GifColorType(Red: 0, Green: 0, Blue: 0), count: palette.tableSize - colors.count)
        guard let table = GifMakeMapObject(Int32(palette.tableSize), colors) else { throw GIFError("making the colour table", 0) }
        defer { GifFreeMapObject(table) }
        // GIF89a: the loop and the frame times are its extensions.
        EGifSetGifVersion(file, true)
        try check(EGifPutScreenDesc(file, Int32(width), Int32(height), table.pointee.BitsPerPixel, 0, table), "the screen")
        // NETSCAPE2.0, sub-block 1, loop count 0: loop forever.
        try check(EGifPutExtensionLeader(file, APPLICATION_EXT_FUNC_CODE), "the loop")
        try check(EGifPutExtensionBlock(file, 11, Array("NETSCAPE2.0".utf8)), "the loop")
        try check(EGifPutExtensionBlock(file, 3, [1, 0, 0] as [UInt8]), "the loop")
        try check(EGifPutExtensionTrailer(file), "the loop")

        var control = GraphicsControlBlock(DisposalMode: DISPOSE_DO_NOT, UserInputFlag: false, DelayTime: Int32(delay),
                                           TransparentColor: NO_TRANSPARENT_COLOR)
        var extensionBytes = [GifByteType](repeating: 0, count: 4)
        let extensionLength = EGifGCBToExtension(&control, &extensionBytes)
        var indices: [GifPixelType] = []
        for patch in patches {
            try check(EGifPutExtension(file, GRAPHICS_EXT_FUNC_CODE, Int32(extensionLength), extensionBytes), "a frame's time")
            try check(EGifPutImageDesc(file, Int32(patch.left), Int32(patch.top), Int32(patch.width), Int32(patch.height),
                                       false, nil), "a frame")
            map(patch.pixels, with: palette, into: &indices)
            try check(EGifPutLine(file, &indices, Int32(indices.count)), "a frame's pixels")
        }
    }

    /// The palette index of every pixel, a run of equal pixels at a time.
    private func map(_ pixels: [UInt32], with palette: Palette, into indices: inout [GifPixelType]) {
        indices.removeAll(keepingCapacity: true)
        indices.reserveCapacity(pixels.count)
        guard var last = pixels.first else { return }
        var index = palette.index(of: last)
        for pixel in pixels {
            if pixel != last {
                last = pixel
                index = palette.index(of: pixel)
            }
            indices.append(index)
        }
    }
}

/// The bytes giflib writes, gathered in memory.
private final class GIFSink {
    var bytes: [UInt8] = []
}

/// giflib could not write the GIF.
public struct GIFError: Error, CustomStringConvertible {
    public let description: String

    init(_ step: String, _ code: Int32) {
        let reason = GifErrorString(code).map { String(cString: $0) } ?? "error \(code)"
        description = "giflib failed writing \(step) of a GIF: \(reason)"
    }
}

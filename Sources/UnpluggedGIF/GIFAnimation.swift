import CGif

/// An animated GIF made from a sequence's frames, as slides show it: every frame in
/// order for the same time, looping forever, every pixel opaque (PowerPoint and Google
/// Slides draw a GIF's transparency badly), in one colour table (`Palette`).
///
/// A frame after the first keeps only the rectangle of pixels that changed from the
/// frame before, drawn over it ("do not dispose"): a training step changes a sticky, an
/// arrow and a bin, about half the picture. giflib writes the file; the LZW coding of
/// the pixels is our own (`LZWCoder`), measured faster.
public struct GIFAnimation {
    public let width: Int
    public let height: Int
    /// The last frame added, whole, to find what the next one changes.
    private var previous: [UInt32] = []
    private var patches: [Patch] = []
    /// How many pixels of each colour the patches hold.
    private var counts = ColorTable()

    /// The part of a frame a GIF stores: a rectangle and its pixels, row after row,
    /// as runs of one colour (a figure's pixels are mostly long runs, so a sequence's
    /// frames take a few megabytes, not a few tens).
    struct Patch {
        var left = 0, top = 0, width = 1, height = 1
        var runs: [Run] = []
    }

    struct Run {
        var color: UInt32
        var length: Int
    }

    /// An animation of frames `width` × `height` pixels.
    public init(width: Int, height: Int) {
        precondition(width > 0 && height > 0 && width <= 0xFFFF && height <= 0xFFFF, "a GIF is 1 to 65535 pixels a side")
        self.width = width
        self.height = height
    }

    /// Adds the next frame: `height` rows `stride` bytes apart, each `width` native
    /// 32-bit pixels `0x··RRGGBB` (Cairo's RGB24 layout; the top byte is not read).
    public mutating func add(rows: UnsafeRawBufferPointer, stride: Int) {
        precondition(stride >= width * 4 && rows.count >= (height - 1) * stride + width * 4, "the rows hold the frame")
        let (width, height) = (width, height)
        let first = previous.isEmpty
        if first { previous = Array(repeating: 0, count: width * height) }
        // Each row is compared with the frame before's, from both ends, and what
        // differs is copied over it: `previous` becomes this frame.
        var (top, bottom, left, right) = (height, -1, width, -1)
        previous.withUnsafeMutableBufferPointer { kept in
            for y in 0..<height {
                let row = rows.baseAddress!.advanced(by: y * stride).assumingMemoryBound(to: UInt32.self)
                let keptRow = kept.baseAddress! + y * width
                var start = 0
                var end = width - 1
                if !first {
                    start = PixelScan.firstDifference(row, keptRow, from: 0, to: width)
                    guard start < width else { continue }
                    end = PixelScan.lastDifference(row, keptRow, from: start, to: width - 1)
                }
                for x in start...end { keptRow[x] = row[x] & PixelScan.colorBits }
                (top, bottom, left, right) = (min(top, y), y, min(left, start), max(right, end))
            }
        }
        var patch = bottom < 0 ? Patch() : Patch(left: left, top: top, width: right - left + 1, height: bottom - top + 1)
        patch.runs = runs(in: patch)
        patches.append(patch)
    }

    /// The pixels of `patch`'s rectangle in the last frame, as runs, counted by colour.
    private mutating func runs(in patch: Patch) -> [Run] {
        var runs: [Run] = []
        let frame = previous
        frame.withUnsafeBufferPointer { frame in
            var run = Run(color: frame[patch.top * width + patch.left], length: 0)
            for y in patch.top..<(patch.top + patch.height) {
                let row = frame.baseAddress! + y * width + patch.left
                var x = 0
                while x < patch.width {
                    let start = x
                    x = PixelScan.runEnd(row, of: run.color, from: x, to: patch.width)
                    run.length += x - start
                    if x < patch.width {
                        runs.append(run)
                        counts.add(run.length, to: run.color)
                        run = Run(color: row[x], length: 0)
                    }
                }
            }
            runs.append(run)
            counts.add(run.length, to: run.color)
        }
        return runs
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
        var coder = LZWCoder(minimumCodeSize: max(2, Int(table.pointee.BitsPerPixel)))
        for patch in patches {
            try check(EGifPutExtension(file, GRAPHICS_EXT_FUNC_CODE, Int32(extensionLength), extensionBytes), "a frame's time")
            try check(EGifPutImageDesc(file, Int32(patch.left), Int32(patch.top), Int32(patch.width), Int32(patch.height),
                                       false, nil), "a frame")
            let blocks = coder.blocks(of: indexRuns(of: patch.runs, with: palette))
            try blocks.withUnsafeBufferPointer { blocks in
                var start = 0
                while start < blocks.count {
                    let block = blocks.baseAddress! + start
                    try check(start == 0 ? EGifPutCode(file, Int32(coder.minimumCodeSize), block) : EGifPutCodeNext(file, block),
                              "a frame's pixels")
                    start += Int(blocks[start]) + 1
                }
            }
            try check(EGifPutCodeNext(file, nil), "a frame's pixels")
        }
    }

    /// The runs as palette indices: neighbouring colours given one index make one run.
    private func indexRuns(of runs: [Run], with palette: Palette) -> [LZWCoder.Run] {
        var indexRuns: [LZWCoder.Run] = []
        indexRuns.reserveCapacity(runs.count)
        for run in runs {
            let index = palette.index(of: run.color)
            if indexRuns.last?.index == index {
                indexRuns[indexRuns.count - 1].length += run.length
            } else {
                indexRuns.append(LZWCoder.Run(index: index, length: run.length))
            }
        }
        return indexRuns
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

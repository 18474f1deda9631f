import CPNGRows

/// An image's pixels as the rows of bytes a PNG compresses: for every row a filter byte,
/// then the row's pixels, as palette indices when the image has at most 256 colours,
/// else as RGB, or RGBA when some pixel is not opaque.
///
/// Every row gets filter 0 (None): figures are flat, so the compressor finds each run
/// of one colour and each row like the one above as a repeat of the raw pixels; the
/// Up and Sub filters and libpng's per-row choice all gave larger files on our frames.
///
/// RGB and RGBA rows are made one at a time, as the compressor asks for them
/// (`write(row:to:)`), into its small window: a whole frame's worth of bytes would
/// be megabytes of fresh memory for every frame.
struct PNGScanlines {
    enum ColorType: UInt8 {
        case truecolor = 2, indexed = 3, truecolorWithAlpha = 6
    }

    let width: Int
    let height: Int
    let colorType: ColorType
    /// Straight (not premultiplied) 0xRRGGBBAA colours of an indexed image, else empty.
    let palette: [UInt32]
    /// The image's rows, as `PixelRows` holds them.
    private let rows: [UnsafePointer<UInt32>]
    /// Every row of an indexed image, made while finding its palette; else empty.
    private let indices: [UInt8]
    /// Whether RGB rows are made by `CPNGRows` (with SSSE3) rather than the Swift.
    private let usesHardware: Bool

    var pixelSize: Int {
        switch colorType {
        case .indexed: 1
        case .truecolor: 3
        case .truecolorWithAlpha: 4
        }
    }

    var rowLength: Int { 1 + width * pixelSize }

    /// Rows between those sampled to rule out a palette quickly.
    static let sampleSpacing = 8

    /// Reads the image's rows, which must stay as they are until the last one is written.
    /// `hardware` false makes RGB rows with the Swift even where `CPNGRows`
    /// could: the tests compare the two.
    init(_ pixels: PixelRows, hardware: Bool = true) {
        let width = pixels.width, hasAlpha = pixels.hasAlpha
        self.width = width
        height = pixels.height
        usesHardware = hardware && Processor.hasSSSE3
        let rows = (0..<pixels.height).map { pixels.row($0) }
        self.rows = rows
        // A lesson frame's antialiased edges often make thousands of colours. Every
        // eighth row shows that in an eighth of the time a full pass takes to find it:
        // a sample's colours are among the image's, so the outcome is the same.
        let sample = Swift.stride(from: 0, to: rows.count, by: PNGScanlines.sampleSpacing).map { rows[$0] }
        let mayHavePalette = rows.count < 2 * PNGScanlines.sampleSpacing
            || PNGScanlines.indexed(sample, width: width, hasAlpha: hasAlpha) != nil
        if mayHavePalette, let (palette, indices) = PNGScanlines.indexed(rows, width: width, hasAlpha: hasAlpha) {
            (colorType, self.palette, self.indices) = (.indexed, palette, indices)
        } else {
            let opaque = !hasAlpha || PNGScanlines.isOpaque(rows, width: width)
            (colorType, palette, indices) = (opaque ? .truecolor : .truecolorWithAlpha, [], [])
        }
    }

    /// Writes row `row`'s `rowLength` bytes at `out`, which has room for one byte
    /// more (an RGB row is written four bytes a pixel).
    func write(row: Int, to out: UnsafeMutableRawPointer) {
        switch colorType {
        case .indexed:
            indices.withUnsafeBytes { out.copyMemory(from: $0.baseAddress! + row * rowLength, byteCount: rowLength) }
        case .truecolor where usesHardware:
            out.storeBytes(of: 0, as: UInt8.self)
            unplugged_rgb_row(rows[row], width, (out + 1).assumingMemoryBound(to: UInt8.self))
        case .truecolor:
            PNGScanlines.writeRGB(rows[row], width: width, to: out)
        case .truecolorWithAlpha:
            PNGScanlines.writeRGBA(rows[row], width: width, to: out)
        }
    }

    /// Each row's pixels as indices into the image's colours, in order of first
    /// appearance; nil as soon as a 257th colour turns up. A pixel is most often the
    /// colour of the one before it, so only a change of colour is looked up, in a
    /// small open-addressed table.
    private static func indexed(_ rows: [UnsafePointer<UInt32>], width: Int,
                                hasAlpha: Bool) -> (palette: [UInt32], indices: [UInt8])? {
        let tableSize = 1024
        var keys = [UInt32](repeating: 0, count: tableSize)
        var slots = [Int16](repeating: -1, count: tableSize)
        var colors: [UInt32] = []
        var tooMany = false
        let indices = [UInt8](unsafeUninitializedCapacity: rows.count * (1 + width)) { out, initialized in
            var previous = rows[0][0] ^ 1  // unlike the first pixel, so that one is looked up
            var previousIndex: UInt8 = 0
            var offset = 0
            scan: for row in rows {
                out[offset] = 0
                offset += 1
                for x in 0..<width {
                    if row[x] != previous {
                        let color = key(row[x], hasAlpha: hasAlpha)
                        var slot = Int((color &* 2_654_435_761) >> 22)
                        while slots[slot] >= 0, keys[slot] != color { slot = (slot + 1) & (tableSize - 1) }
                        if slots[slot] < 0 {
                            guard colors.count < 256 else {
                                tooMany = true
                                break scan
                            }
                            (keys[slot], slots[slot]) = (color, Int16(colors.count))
                            colors.append(color)
                        }
                        (previous, previousIndex) = (row[x], UInt8(slots[slot]))
                    }
                    out[offset] = previousIndex
                    offset += 1
                }
            }
            initialized = offset
        }
        guard !tooMany else { return nil }
        return (colors.map { straightRGBA($0) }, indices)
    }

    /// One key per colour a decoder will see: the unused top byte of RGB24 and the
    /// colour channels of a fully transparent pixel do not count.
    private static func key(_ word: UInt32, hasAlpha: Bool) -> UInt32 {
        guard hasAlpha else { return word | 0xff00_0000 }
        return word >> 24 == 0 ? 0 : word
    }

    /// A premultiplied 0xAARRGGBB word as straight 0xRRGGBBAA, each channel divided by
    /// alpha and rounded exactly as cairo's PNG writer does (cut to 8 bits, like its
    /// `uint8_t`, should a channel exceed alpha), so both files decode alike.
    private static func straightRGBA(_ word: UInt32) -> UInt32 {
        let alpha = word >> 24
        switch alpha {
        case 0: return 0
        case 255: return word << 8 | alpha
        default:
            func channel(_ shift: UInt32) -> UInt32 { (((word >> shift) & 0xff) * 255 + alpha / 2) / alpha & 0xff }
            return channel(16) << 24 | channel(8) << 16 | channel(0) << 8 | alpha
        }
    }

    /// Whether no pixel shows through: then, as with cairo's writer, the file has no alpha.
    private static func isOpaque(_ rows: [UnsafePointer<UInt32>], width: Int) -> Bool {
        rows.allSatisfy { row in
            var all: UInt32 = 0xffff_ffff
            for x in 0..<width { all &= row[x] }
            return all >> 24 == 0xff
        }
    }

    /// Each pixel is stored as four bytes, red, green, blue and one the next pixel
    /// overwrites: one store instead of three saves about 0.3 ms of a frame's 2.6.
    /// The last pixel's spare byte lands past the row, where the caller leaves room.
    private static func writeRGB(_ row: UnsafePointer<UInt32>, width: Int, to out: UnsafeMutableRawPointer) {
        out.storeBytes(of: 0, as: UInt8.self)
        var offset = 1
        for x in 0..<width {
            out.storeBytes(of: (row[x] << 8).bigEndian, toByteOffset: offset, as: UInt32.self)
            offset += 3
        }
    }

    private static func writeRGBA(_ row: UnsafePointer<UInt32>, width: Int, to out: UnsafeMutableRawPointer) {
        out.storeBytes(of: 0, as: UInt8.self)
        var offset = 1
        for x in 0..<width {
            out.storeBytes(of: straightRGBA(row[x]).bigEndian, toByteOffset: offset, as: UInt32.self)
            offset += 4
        }
    }
}

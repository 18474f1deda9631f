import PNGChunkReader
import Testing
import UnpluggedPNG

/// Images like the figures, with few colours or many, opaque or not.
enum FigureLikeImage: String, CaseIterable, Sendable {
    case flatOpaque, flatTransparent, shadedOpaque, shadedTransparent

    /// Few colours give a palette; many need RGB, or RGBA when some show through.
    var colorType: UInt8 {
        switch self {
        case .flatOpaque, .flatTransparent: 3
        case .shadedOpaque: 2
        case .shadedTransparent: 6
        }
    }

    func image() -> PixelImage {
        let hasAlpha = self == .flatTransparent || self == .shadedTransparent
        return PixelImage(width: 160, height: 90, hasAlpha: hasAlpha) { x, y in
            let inSticky = (20..<80).contains(x) && (20..<60).contains(y)
            switch self {
            case .flatOpaque: return inSticky ? 0x8e7cc3 : 0xffffff
            case .flatTransparent: return inSticky ? 0xff8e_7cc3 : 0x2400_0000
            case .shadedOpaque: return UInt32(x) << 16 | UInt32(y) << 8 | 0x80
            case .shadedTransparent:
                // Premultiplied: no channel above its alpha.
                let alpha = UInt32(64 + x)
                return alpha << 24 | (alpha * UInt32(y) / 89) << 16 | (alpha / 2) << 8
            }
        }
    }
}

/// Opaque images that stress the compressor rather than look like figures.
enum CompressorStressImage: String, CaseIterable, Sendable {
    case onePixel, oneColorRuns, noise, tallRepeats, rowsLongerThanWindow

    func image() -> PixelImage {
        switch self {
        case .onePixel:
            PixelImage(width: 1, height: 1, hasAlpha: false) { _, _ in 0x4a86e8 }
        case .oneColorRuns:
            PixelImage(width: 2000, height: 3, hasAlpha: false) { _, _ in 0x4a86e8 }
        case .noise:
            PixelImage(width: 64, height: 64, hasAlpha: false) { x, y in
                UInt32(truncatingIfNeeded: (x * 7919 + y * 104_729) &* 2_654_435_761) >> 8
            }
        case .tallRepeats:
            // Half a megabyte of scanlines, many times the compressor's window, so its
            // window slides often; bands of rows repeat from just within and just
            // beyond 32 KiB back, runs and noise in each.
            PixelImage(width: 300, height: 600, hasAlpha: false) { x, y in
                let band = y % 37
                guard x % 90 < 60 else { return 0x4a86e8 }
                return UInt32(truncatingIfNeeded: (x * 7919 + band * 104_729) &* 2_654_435_761) >> 8
            }
        case .rowsLongerThanWindow:
            // 33,001 bytes a row, more than DEFLATE's 32 KiB window: no match with the row above.
            PixelImage(width: 11000, height: 3, hasAlpha: false) { x, y in UInt32(x % 1024) << 8 | UInt32(y) }
        }
    }
}

@Suite("PNG encoder")
struct PNGEncoderTests {
    @Test("the header and chunks are those of a plain 8-bit PNG", arguments: FigureLikeImage.allCases)
    func header(_ figure: FigureLikeImage) throws {
        let png = figure.image().png()
        #expect(png.starts(with: PNGChunks.signature))
        let chunks = try PNGChunks(png)
        let header = chunks.header
        #expect(header.width == 160)
        #expect(header.height == 90)
        #expect(header.bitDepth == 8)
        #expect(header.colorType == figure.colorType)
        #expect((header.compression, header.filter, header.interlace) == (0, 0, 0))
        #expect(chunks.types.first == "IHDR")
        #expect(chunks.types.last == "IEND")
        #expect(Set(chunks.types).isSubset(of: ["IHDR", "PLTE", "tRNS", "IDAT", "IEND"]))
    }

    @Test("the image data inflates with zlib to one unfiltered row per pixel row", arguments: FigureLikeImage.allCases)
    func scanlines(_ figure: FigureLikeImage) throws {
        let chunks = try PNGChunks(figure.image().png())
        let pixelSize = [2: 3, 3: 1, 6: 4][Int(figure.colorType)]!
        let rowLength = 1 + 160 * pixelSize
        let rows = try #require(chunks.scanlines(size: 90 * rowLength))
        #expect(stride(from: 0, to: rows.count, by: rowLength).allSatisfy { rows[$0] == 0 })
    }

    @Test("an opaque image inflates to exactly its pixels", arguments: CompressorStressImage.allCases)
    func compressorStress(_ stress: CompressorStressImage) throws {
        let image = stress.image()
        let chunks = try PNGChunks(image.png())
        #expect(try Self.rgbScanlines(chunks, width: image.width, height: image.height) == image.rgbScanlines)
    }

    /// The scanlines of an opaque file as RGB, a palette's indices looked up in PLTE.
    private static func rgbScanlines(_ chunks: PNGChunks, width: Int, height: Int) throws -> [UInt8] {
        switch chunks.header.colorType {
        case 2:
            return try #require(chunks.scanlines(size: height * (1 + 3 * width)))
        case 3:
            let palette = try #require(chunks.chunks.first { $0.type == "PLTE" }).data
            let indices = try #require(chunks.scanlines(size: height * (1 + width)))
            return indices.enumerated().flatMap { offset, index in
                offset % (1 + width) == 0 ? [index] : Array(palette[3 * Int(index)..<3 * Int(index) + 3])
            }
        default:
            Issue.record("colour type \(chunks.header.colorType) for an opaque image")
            return []
        }
    }

    @Test("a few colours with transparency give a palette of straight colours and a tRNS chunk")
    func transparentPalette() throws {
        let colors: [UInt32] = [0, 0x8080_0000, 0xff4a_86e8, 0x4010_2030]
        let image = PixelImage(width: 40, height: 30, hasAlpha: true) { x, y in colors[(x / 10 + y / 10) % 4] }
        let chunks = try PNGChunks(image.png())
        #expect(chunks.types == ["IHDR", "PLTE", "tRNS", "IDAT", "IEND"])
        // In order of first appearance, each channel divided by alpha and rounded.
        #expect(chunks.chunks[1].data == [0, 0, 0, 255, 0, 0, 0x4a, 0x86, 0xe8, 64, 128, 191])
        #expect(chunks.chunks[2].data == [0, 128, 255, 64])
        let indices = try #require(chunks.scanlines(size: 30 * 41))
        #expect(indices[1...40] == ArraySlice((0..<40).map { UInt8($0 / 10) }))
    }

    @Test("RGB24's unused top byte does not make colours differ")
    func rgb24TopByte() throws {
        let image = PixelImage(width: 30, height: 20, hasAlpha: false) { x, y in
            UInt32(truncatingIfNeeded: x * 37 + y) << 24 | (x < 15 ? 0x8e7cc3 : 0x00ff00)
        }
        let chunks = try PNGChunks(image.png())
        #expect(chunks.types == ["IHDR", "PLTE", "IDAT", "IEND"])
        #expect(chunks.chunks[1].data == [0x8e, 0x7c, 0xc3, 0x00, 0xff, 0x00])
    }

    @Test("an opaque ARGB32 image with many colours is written as RGB")
    func opaqueARGB32() throws {
        let image = PixelImage(width: 64, height: 64, hasAlpha: true) { x, y in
            0xff00_0000 | UInt32(x * 4) << 16 | UInt32(y * 4) << 8 | 0x80
        }
        let chunks = try PNGChunks(image.png())
        #expect(chunks.header.colorType == 2)
        #expect(chunks.scanlines(size: image.rgbScanlines.count) == image.rgbScanlines)
    }

    @Test("the same pixels give the same bytes, however far apart their rows are")
    func deterministic() {
        let pixel = { (x: Int, y: Int) -> UInt32 in UInt32(64 + x) << 24 | UInt32(y) << 16 | UInt32(x / 2) }
        let first = PixelImage(width: 120, height: 50, hasAlpha: true, padding: 0, pixel: pixel).png()
        let padded = PixelImage(width: 120, height: 50, hasAlpha: true, padding: 5, pixel: pixel)
        #expect(padded.png() == first)
        #expect(padded.png() == first)
    }
}

import CCairo
import PNGChunkReader
import Testing
import UnpluggedCairo
import UnpluggedFigures
import UnpluggedModel

/// Pictures drawn with Cairo itself, so both PNG writers get pixels no encoder made.
enum DrawnFigure: String, CaseIterable, Sendable {
    case flatOpaque, flatTransparent, shadedOpaque, shadedTransparent

    var format: cairo_format_t { self == .flatOpaque || self == .shadedOpaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32 }

    /// Flat figures have few colours and get a palette; gradients need RGB or RGBA.
    var colorType: UInt8 {
        switch self {
        case .flatOpaque, .flatTransparent: 3
        case .shadedOpaque: 2
        case .shadedTransparent: 6
        }
    }

    func surface() -> ImageSurface {
        ImageSurface(format, width: 160, height: 90) { context in
            if format == CAIRO_FORMAT_RGB24 {
                cairo_set_source_rgb(context, 1, 1, 1)
                cairo_paint(context)
            }
            if self == .shadedOpaque || self == .shadedTransparent {
                let gradient = cairo_pattern_create_linear(0, 0, 160, 90)!
                cairo_pattern_add_color_stop_rgba(gradient, 0, 0.9, 0.2, 0.1, 1)
                cairo_pattern_add_color_stop_rgba(gradient, 1, 0.1, 0.3, 0.9, 0.3)
                cairo_set_source(context, gradient)
                cairo_pattern_destroy(gradient)
                cairo_rectangle(context, 10, 10, 140, 70)
                cairo_fill(context)
            }
            // A soft shadow, a sticky note and a ball with an outline, as in the lesson's frames.
            cairo_set_source_rgba(context, 0, 0, 0, 0.14)
            cairo_rectangle(context, 22, 24, 60, 40)
            cairo_fill(context)
            cairo_set_source_rgb(context, 0.557, 0.486, 0.765)
            cairo_rectangle(context, 20.5, 20.5, 60, 40)
            cairo_fill(context)
            cairo_arc(context, 120, 45, 17.3, 0, 2 * .pi)
            cairo_set_source_rgb(context, 0.29, 0.525, 0.91)
            cairo_fill_preserve(context)
            cairo_set_source_rgb(context, 0.2, 0.2, 0.2)
            cairo_set_line_width(context, 1.5)
            cairo_stroke(context)
        }
    }
}

/// Images that stress the compressor rather than look like figures.
enum EdgeCaseImage: String, CaseIterable, Sendable {
    case onePixel, oneColorRuns, noise, wideTransparentGradient, tallRepeats

    func surface() -> ImageSurface {
        switch self {
        case .onePixel:
            ImageSurface(CAIRO_FORMAT_ARGB32, width: 1, height: 1) { _, _ in 0x8040_2010 }
        case .oneColorRuns:
            ImageSurface(CAIRO_FORMAT_RGB24, width: 2000, height: 3) { _, _ in 0x4a86e8 }
        case .noise:
            ImageSurface(CAIRO_FORMAT_RGB24, width: 64, height: 64) { x, y in
                UInt32(truncatingIfNeeded: (x * 7919 + y * 104_729) &* 2_654_435_761) >> 8
            }
        case .tallRepeats:
            // Half a megabyte of scanlines, many times the compressor's window, so its
            // window slides often; bands of rows repeat from just within and just
            // beyond 32 KiB back, runs and noise in each.
            ImageSurface(CAIRO_FORMAT_RGB24, width: 300, height: 600) { x, y in
                let band = y % 37
                guard x % 90 < 60 else { return 0x4a86e8 }
                return UInt32(truncatingIfNeeded: (x * 7919 + band * 104_729) &* 2_654_435_761) >> 8
            }
        case .wideTransparentGradient:
            // Rows longer than DEFLATE's 32 KiB window: no match with the row above.
            ImageSurface(CAIRO_FORMAT_ARGB32, width: 9000, height: 2) { x, y in
                let alpha = UInt32(x % 256)
                return alpha << 24 | (alpha * UInt32(y + 1) / 2) << 16 | alpha / 3
            }
        }
    }
}

/// The encoder's files read back by Cairo: the pixels it draws and encodes, and those
/// of its own PNG writer, must be the same.
@Suite("PNGs of Cairo surfaces")
struct SurfacePNGTests {
    @Test("a drawn figure decodes to the pixels cairo's own writer gives", arguments: DrawnFigure.allCases)
    func drawnFigure(_ figure: DrawnFigure) throws {
        let surface = figure.surface()
        let png = try surface.png()
        let decoded = try #require(CairoReference.decode(png))
        #expect(decoded.difference(from: CairoReference.decode(CairoReference.png(surface))) == nil)
        #expect(try PNGChunks(png).header.colorType == figure.colorType)
    }

    @Test("an edge case decodes to the pixels cairo's own writer gives", arguments: EdgeCaseImage.allCases)
    func edgeCase(_ image: EdgeCaseImage) throws {
        let surface = image.surface()
        let decoded = try #require(CairoReference.decode(try surface.png()))
        #expect(decoded.difference(from: CairoReference.decode(CairoReference.png(surface))) == nil)
    }

    @Test("every premultiplied colour is unpremultiplied as cairo's writer does it")
    func everyAlpha() throws {
        // Row a holds every channel value 0...a at opacity a.
        let surface = ImageSurface(CAIRO_FORMAT_ARGB32, width: 256, height: 256) { x, alpha in
            let channel = UInt32(x % (alpha + 1))
            return UInt32(alpha) << 24 | channel << 16 | (UInt32(alpha) - channel) << 8 | channel / 2
        }
        let png = try surface.png()
        #expect(try PNGChunks(png).header.colorType == 6)
        let decoded = try #require(CairoReference.decode(png))
        #expect(decoded.difference(from: CairoReference.decode(CairoReference.png(surface))) == nil)
    }

    @Test("a palette with transparency decodes to the pixels cairo's own writer gives")
    func transparentPalette() throws {
        let colors: [UInt32] = [0, 0x8080_0000, 0xff4a_86e8, 0x4010_2030]
        let surface = ImageSurface(CAIRO_FORMAT_ARGB32, width: 40, height: 30) { x, y in colors[(x / 10 + y / 10) % 4] }
        let png = try surface.png()
        #expect(try PNGChunks(png).types.contains("tRNS"))
        let decoded = try #require(CairoReference.decode(png))
        #expect(decoded.difference(from: CairoReference.decode(CairoReference.png(surface))) == nil)
    }

    @Test("RGB24 with its unused top byte set decodes to the pixels cairo's own writer gives")
    func rgb24TopByte() throws {
        let surface = ImageSurface(CAIRO_FORMAT_RGB24, width: 30, height: 20) { x, y in
            UInt32(truncatingIfNeeded: x * 37 + y) << 24 | (x < 15 ? 0x8e7cc3 : 0x00ff00)
        }
        let png = try surface.png()
        let decoded = try #require(CairoReference.decode(png))
        #expect(decoded.difference(from: CairoReference.decode(CairoReference.png(surface))) == nil)
    }

    @Test("an opaque ARGB32 image with many colours is written as RGB, as cairo's writer does")
    func opaqueARGB32() throws {
        let surface = ImageSurface(CAIRO_FORMAT_ARGB32, width: 64, height: 64) { x, y in
            0xff00_0000 | UInt32(x * 4) << 16 | UInt32(y * 4) << 8 | 0x80
        }
        let png = try surface.png()
        #expect(try PNGChunks(png).header.colorType == 2)
        #expect(try PNGChunks(CairoReference.png(surface)).header.colorType == 2)
        let decoded = try #require(CairoReference.decode(png))
        #expect(decoded.difference(from: CairoReference.decode(CairoReference.png(surface))) == nil)
    }

    @Test("a surface of another format is refused")
    func otherFormat() {
        let surface = ImageSurface(CAIRO_FORMAT_A8, width: 4, height: 4) { _ in }
        #expect(throws: RenderError.self) { try surface.png() }
    }

    @Test("the renderer writes a sticky note with a palette, opaque or transparent")
    func rendererUsesEncoder() throws {
        let renderer = CairoRenderer()
        let sticky = StickyFigure.scene(for: "blue", in: BuiltInLesson.vocabulary, measurer: PangoMeasurer())
        #expect(try PNGChunks(renderer.png(sticky)).header.colorType == 3)
        var transparent = sticky
        transparent.background = nil
        let png = try renderer.png(transparent)
        #expect(try PNGChunks(png).types.contains("tRNS"))
        #expect(try #require(DecodedPNG(png)).alpha(x: 0, y: 0) == 0)
    }
}

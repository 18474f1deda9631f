import CCairo
import UnpluggedFigures
import UnpluggedGIF
import UnpluggedPNG

/// Draws scenes to SVG, PNG and PDF bytes with Cairo, one drawing code for all three.
///
/// Output is deterministic: the same scene gives the same bytes in any process and
/// in any order of calls (see `SVGDocument` for the one thing Cairo numbers per process).
public struct CairoRenderer: Sendable {
    /// Whether repeated circles are drawn once and stamped (`CircleStamps`); the
    /// tests draw every circle in place too, to compare.
    let stampingCircles: Bool

    public init() {
        stampingCircles = true
    }

    init(stampingCircles: Bool) {
        self.stampingCircles = stampingCircles
    }

    /// The scene as an SVG document carrying its title and description.
    public func svg(_ scene: Scene) throws -> [UInt8] {
        let sink = ByteSink()
        try sink.withClosure { closure in
            let surface = cairo_svg_surface_create_for_stream(ByteSink.write, closure, scene.size.width, scene.size.height)
            defer { cairo_surface_destroy(surface) }
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
            try draw(scene, on: surface!)
            cairo_surface_finish(surface)
            try check(cairo_surface_status(surface), "writing SVG")
        }
        return SVGDocument(cairoOutput: sink.bytes).labelled(title: scene.title, description: scene.description)
    }

    /// The widest and tallest image Cairo's image surfaces allow.
    public static let largestImageSide = 32767

    /// The scene as a PNG of `scale` pixels per point. An opaque background gives an
    /// opaque image; a transparent one (`background == nil`) keeps its transparency.
    /// `PNGEncoder` writes it: cairo's own PNG writer takes ten times as long.
    public func png(_ scene: Scene, scale: Double = 2) throws -> [UInt8] {
        let pixels = try pixelSize(of: scene, scale: scale)
        let width = Int32(pixels.width), height = Int32(pixels.height)
        let opaque = (scene.background?.alpha ?? 0) == 1
        let surface = cairo_image_surface_create(opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32, width, height)
        defer { cairo_surface_destroy(surface) }
        try draw(scene, on: surface!, scale: scale, tolerance: CairoRenderer.rasterTolerance)
        return try PNGEncoder.encode(surface!)
    }

    /// The frames as one looping animated GIF, each shown `delay` hundredths of a
    /// second, at `scale` pixels per point as their PNGs. Every pixel is opaque (slide
    /// tools draw GIF transparency badly): a transparent figure is drawn on white.
    /// Frames of another size than the first are drawn at its size, from the top left.
    public func gif(_ frames: [Scene], scale: Double = 2, delay: Int) throws -> [UInt8] {
        guard let first = frames.first else { throw RenderError("a GIF needs at least one frame") }
        let pixels = try pixelSize(of: first, scale: scale)
        let width = Int32(pixels.width), height = Int32(pixels.height)
        var animation = GIFAnimation(width: Int(width), height: Int(height))
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)
        defer { cairo_surface_destroy(surface) }
        for frame in frames {
            try draw(frame, on: surface!, scale: scale, tolerance: CairoRenderer.rasterTolerance, clearingTo: .white)
            let stride = Int(cairo_image_surface_get_stride(surface))
            animation.add(rows: UnsafeRawBufferPointer(start: cairo_image_surface_get_data(surface), count: Int(height) * stride),
                          stride: stride)
        }
        do {
            return try animation.encoded(delay: delay)
        } catch let error as GIFError {
            throw RenderError(error.description)
        }
    }

    /// The pixels of `scene` at `scale`, checked against what Cairo can draw.
    private func pixelSize(of scene: Scene, scale: Double) throws -> Size {
        guard scale > 0, scale <= 16 else { throw RenderError("PNG scale must be in (0, 16], not \(scale)") }
        let pixels = Size(width: (scene.size.width * scale).rounded(.up), height: (scene.size.height * scale).rounded(.up))
        guard max(pixels.width, pixels.height) <= Double(CairoRenderer.largestImageSide) else {
            let fitting = (Double(CairoRenderer.largestImageSide) / max(scene.size.width, scene.size.height) * 10).rounded(.down) / 10
            throw RenderError("""
                "\(scene.title)" is \(Int(scene.size.width)) × \(Int(scene.size.height)) points, so at scale \(scale) its PNG \
                would be \(Int(pixels.width)) × \(Int(pixels.height)) pixels, more than the \(CairoRenderer.largestImageSide) a side \
                Cairo can draw; choose --scale \(fitting) or less, or draw less (--top for a table)
                """)
        }
        return pixels
    }

    /// How far, in pixels, a curve flattened for a PNG may stray from the true curve.
    /// Cairo's default, a tenth of a pixel, cuts a ball's outline into about thirty
    /// edges. A quarter of a pixel is below what antialiasing shows (no edge moves by a
    /// visible shade at 4× zoom) and drew the lesson set's PNGs in about three quarters
    /// of the time. Vector output keeps the default: there the curves stay curves.
    static let rasterTolerance = 0.25

    /// The scenes as one PDF, a page per scene, each page the size of its scene.
    public func pdf(_ scenes: some Collection<Scene>, title: String? = nil) throws -> [UInt8] {
        let sink = ByteSink()
        try sink.withClosure { closure in
            try drawPDF(scenes, title: title, to: ByteSink.write, closure) { _ in }
        }
        return sink.bytes
    }

    /// Writes the scenes as one PDF to the open file `descriptor`, page by page: each
    /// scene is made (a lazy collection makes it now), drawn, written and let go
    /// before the next, so a long handout never holds all its pages. `drewPage` is
    /// told each page's number, from 1, once it is drawn; `wrote` sees every piece of
    /// the file as it is written (for its digest).
    public func writePDF(_ scenes: some Collection<Scene>, title: String? = nil, to descriptor: Int32,
                         drewPage: (Int) -> Void, wrote: (UnsafeRawBufferPointer) -> Void = { _ in }) throws {
        try withoutActuallyEscaping(wrote) { wrote in
            try writePDF(scenes, title: title, to: FileSink(descriptor: descriptor, wrote: wrote), drewPage: drewPage)
        }
    }

    private func writePDF(_ scenes: some Collection<Scene>, title: String?, to sink: FileSink,
                          drewPage: (Int) -> Void) throws {
        do {
            try sink.withClosure { closure in
                try drawPDF(scenes, title: title, to: FileSink.write, closure, drewPage: drewPage)
            }
        } catch {
            throw sink.failure.map { RenderError("cannot write the PDF (\($0))") } ?? error
        }
    }

    private func drawPDF(_ scenes: some Collection<Scene>, title: String?, to write: cairo_write_func_t,
                         _ closure: UnsafeMutableRawPointer, drewPage: (Int) -> Void) throws {
        guard let first = scenes.first else { throw RenderError("a PDF needs at least one page") }
        let surface = cairo_pdf_surface_create_for_stream(write, closure, first.size.width, first.size.height)!
        defer { cairo_surface_destroy(surface) }
        // A fixed creation date: the same scenes give the same bytes on every run.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title ?? first.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Unplugged")
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        for (number, scene) in scenes.enumerated() {
            cairo_pdf_surface_set_size(surface, scene.size.width, scene.size.height)
            SceneDrawing(context: context, stampingCircles: stampingCircles).draw(scene)
            cairo_show_page(context)
            try check(cairo_status(context), "drawing PDF")
            drewPage(number + 1)
        }
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), "writing PDF")
    }

    /// Draws `scene` on `surface`, first painting it all `clearingTo` when given (a
    /// surface drawn on before, or a transparent scene on an opaque surface).
    private func draw(_ scene: Scene, on surface: OpaquePointer, scale: Double = 1, tolerance: Double? = nil,
                      clearingTo clearing: Color? = nil) throws {
        try check(cairo_surface_status(surface), "creating surface")
        let context = cairo_create(surface)!
        defer { cairo_destroy(context) }
        if let clearing {
            cairo_set_source_rgb(context, clearing.red, clearing.green, clearing.blue)
            cairo_paint(context)
        }
        cairo_scale(context, scale, scale)
        if let tolerance { cairo_set_tolerance(context, tolerance) }
        SceneDrawing(context: context, stampingCircles: stampingCircles).draw(scene)
        try check(cairo_status(context), "drawing")
        cairo_surface_flush(surface)
    }
}

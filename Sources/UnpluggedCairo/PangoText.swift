import CCairo
import UnpluggedFigures

/// Lays out text with Pango, the same way for measuring and for drawing.
///
/// Hinting of metrics is off, so a word's width is the same in SVG, PDF and a PNG at
/// any scale: layout made once in points fits every format it is drawn to.
enum PangoText {
    /// The size and baseline of `text` in `font`, in points.
    static func metrics(_ text: String, font: Font) -> TextMetrics {
        let fontMap = pango_cairo_font_map_get_default()
        let pangoContext = pango_font_map_create_context(fontMap)!
        defer { release(pangoContext) }
        configure(pangoContext)
        let layout = makeLayout(text, font: font, in: pangoContext)
        defer { release(layout) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return TextMetrics(width: Double(logical.width) / scale, height: Double(logical.height) / scale,
                           baseline: Double(pango_layout_get_baseline(layout)) / scale)
    }

    /// Drops our reference to a GObject (a Pango context or layout).
    static func release(_ object: OpaquePointer) {
        g_object_unref(UnsafeMutableRawPointer(object))
    }

    static func configure(_ pangoContext: OpaquePointer) {
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(pangoContext, options)
        pango_context_set_round_glyph_positions(pangoContext, 0)
    }

    static func makeLayout(_ text: String, font: Font, in pangoContext: OpaquePointer) -> OpaquePointer {
        let layout = pango_layout_new(pangoContext)!
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, text, -1)
        return layout
    }
}

/// Draws text runs on one Cairo context with the layouts this thread keeps
/// (`KeptLayouts`): a text in a font is laid out and shaped once, wherever it recurs
/// (a bins figure writes "the" on a dozen balls) and in every figure after.
struct PangoPen {
    let context: OpaquePointer

    init(drawingOn context: OpaquePointer) {
        self.context = context
    }

    /// Draws `run` with its layout's top-left corner at the run's frame origin.
    func show(_ run: TextRun) {
        let layout = KeptLayouts.forThisThread.layout(run.text, font: run.font, drawnOn: context)
        cairo_move_to(context, run.frame.minX, run.frame.minY)
        pango_cairo_show_layout(context, layout)
    }
}

/// Measures text with Pango, for the figure layer's layout.
public struct PangoMeasurer: TextMeasuring {
    public init() {}

    public func measure(_ text: String, font: Font) -> TextMetrics {
        TextMetricsCache.metrics(text, font: font) { PangoText.metrics(text, font: font) }
    }
}

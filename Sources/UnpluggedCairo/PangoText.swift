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

/// Draws text runs on one Cairo context, through one Pango context made for it when
/// the first run is drawn: a figure draws hundreds of runs, and a Pango context made
/// for each would set its font options and look up its fonts again every time.
///
/// A run's layout is kept for the drawing and drawn again wherever the same text in
/// the same font recurs (a bins figure writes "the" on a dozen balls), so Pango
/// shapes each once. A kept layout follows the context: Pango lays it out again
/// when the context has changed since (`pango_cairo_update_context`).
final class PangoPen {
    private let context: OpaquePointer
    private var pangoContext: OpaquePointer?
    private var layouts: [Written: OpaquePointer] = [:]

    /// A text in a font: what a kept layout is for.
    private struct Written: Hashable {
        let text: String
        let font: Font
    }

    init(drawingOn context: OpaquePointer) {
        self.context = context
    }

    deinit {
        for layout in layouts.values { PangoText.release(layout) }
        if let pangoContext { PangoText.release(pangoContext) }
    }

    /// Draws `run` with its layout's top-left corner at the run's frame origin.
    func show(_ run: TextRun) {
        let pangoContext = self.pangoContext ?? made()
        // The Cairo context's transformation may have changed since the last run (a
        // stamp drawn, a group pushed): the Pango context follows it, as one made now would.
        pango_cairo_update_context(context, pangoContext)
        let written = Written(text: run.text, font: run.font)
        let layout = layouts[written] ?? {
            let layout = PangoText.makeLayout(run.text, font: run.font, in: pangoContext)
            layouts[written] = layout
            return layout
        }()
        cairo_move_to(context, run.frame.minX, run.frame.minY)
        pango_cairo_show_layout(context, layout)
    }

    private func made() -> OpaquePointer {
        let made = pango_cairo_create_context(context)!
        PangoText.configure(made)
        pangoContext = made
        return made
    }
}

/// Measures text with Pango, for the figure layer's layout.
public struct PangoMeasurer: TextMeasuring {
    public init() {}

    public func measure(_ text: String, font: Font) -> TextMetrics {
        TextMetricsCache.metrics(text, font: font) { PangoText.metrics(text, font: font) }
    }
}

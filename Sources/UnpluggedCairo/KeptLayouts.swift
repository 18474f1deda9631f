import CCairo
#if canImport(Glibc)
import Glibc
#endif
import UnpluggedFigures

/// The Pango layouts a thread has drawn, kept for its next figures: the server draws
/// figure after figure of one class's words, and laying out and shaping the same
/// labels, symbols and notes again was a ninth of a drawing.
///
/// Each thread keeps its own, as Pango's default font map is one per thread and Pango
/// objects are not shared between threads. A layout belongs to a Pango context, and a
/// context to one way of drawing: the Cairo transformation (a PNG's scale) and the
/// surface's kind (whose font options Pango merges with ours), so a context is made for
/// each way of drawing and its layouts are laid out once.
final class KeptLayouts {
    /// Enough for a class's words in every size a figure writes them; a novel's figures
    /// empty it and fill it again.
    static let capacity = 1_024
    /// More ways of drawing than a figure set uses (SVG and PDF at one transformation,
    /// PNG at a scale or two).
    static let settingCapacity = 8

    /// A way of drawing: the transformation's linear part and the surface's kind.
    private struct Setting: Hashable {
        let xx, yx, xy, yy: Double
        let surface: UInt32
    }

    private struct Written: Hashable {
        let text: String
        let font: Font
    }

    /// One Pango context and its layouts.
    private final class Shelf {
        let pangoContext: OpaquePointer
        var layouts: [Written: OpaquePointer] = [:]

        init() {
            pangoContext = pango_font_map_create_context(pango_cairo_font_map_get_default())!
            PangoText.configure(pangoContext)
        }

        deinit {
            for layout in layouts.values { PangoText.release(layout) }
            PangoText.release(pangoContext)
        }
    }

    private var shelves: [Setting: Shelf] = [:]

    /// The layout of `text` in `font` for drawing on `context`, its Pango context
    /// updated to the Cairo context's transformation and surface.
    func layout(_ text: String, font: Font, drawnOn context: OpaquePointer) -> OpaquePointer {
        var matrix = cairo_matrix_t()
        cairo_get_matrix(context, &matrix)
        let setting = Setting(xx: matrix.xx, yx: matrix.yx, xy: matrix.xy, yy: matrix.yy,
                              surface: cairo_surface_get_type(cairo_get_target(context)).rawValue)
        let shelf = shelves[setting] ?? {
            // Emptied when full rather than ordered by use, here and below: the figures
            // being drawn fill them again at once.
            if shelves.count >= KeptLayouts.settingCapacity { shelves.removeAll() }
            let shelf = Shelf()
            // Updated once, when made: the setting is all the update takes from a Cairo
            // context (our font options are set, not taken from it), and Pango marks a
            // context changed at every update, even to the same state, which would lay
            // out every kept layout again.
            pango_cairo_update_context(context, shelf.pangoContext)
            shelves[setting] = shelf
            return shelf
        }()
        let written = Written(text: text, font: font)
        if let layout = shelf.layouts[written] { return layout }
        if shelf.layouts.count >= KeptLayouts.capacity {
            for layout in shelf.layouts.values { PangoText.release(layout) }
            shelf.layouts.removeAll(keepingCapacity: true)
        }
        let layout = PangoText.makeLayout(text, font: font, in: shelf.pangoContext)
        shelf.layouts[written] = layout
        return layout
    }

    /// This thread's kept layouts, made when the thread first draws and released
    /// when it ends.
    static var forThisThread: KeptLayouts {
        if let kept = pthread_getspecific(threadKey) {
            return Unmanaged<KeptLayouts>.fromOpaque(kept).takeUnretainedValue()
        }
        let kept = KeptLayouts()
        pthread_setspecific(threadKey, Unmanaged.passRetained(kept).toOpaque())
        return kept
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { kept in
            if let kept { Unmanaged<KeptLayouts>.fromOpaque(kept).release() }
        }
        return key
    }()
}

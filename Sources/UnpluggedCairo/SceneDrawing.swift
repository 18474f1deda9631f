import CCairo
import UnpluggedFigures

/// Draws a scene onto a Cairo context: one short switch over the node kinds.
///
/// The same code draws every format; only the surface under the context differs.
/// Nothing is decided here: positions, sizes and text layout come from the scene.
struct SceneDrawing {
    let context: OpaquePointer
    private let text: PangoPen
    /// Repeated circles are drawn once and stamped (`CircleStamps`); nil draws each.
    private let stamps: CircleStamps?

    init(context: OpaquePointer, stampingCircles: Bool = true) {
        self.context = context
        self.text = PangoPen(drawingOn: context)
        stamps = stampingCircles ? CircleStamps(context: context) : nil
    }

    func draw(_ scene: Scene) {
        if let background = scene.background {
            setSource(background)
            cairo_paint(context)
        }
        for node in scene.nodes { draw(node) }
    }

    func draw(_ node: Node) {
        switch node {
        case .rectangle(let rect, let cornerRadius, let style):
            addRectangle(rect, cornerRadius: cornerRadius)
            paint(style)
        case .circle(let center, let radius, let style):
            if let stamps, stamps.stamp(center: center, radius: radius, style: style) { return }
            cairo_new_sub_path(context)
            cairo_arc(context, center.x, center.y, radius, 0, 2 * Double.pi)
            cairo_close_path(context)
            paint(style)
        case .path(let path, let style):
            addPath(path)
            paint(style)
        case .text(let run):
            setSource(run.color)
            text.show(run)
        case .group(let group):
            if group.opacity < 1 { cairo_push_group(context) }
            for child in group.children { draw(child) }
            if group.opacity < 1 {
                cairo_pop_group_to_source(context)
                cairo_paint_with_alpha(context, group.opacity)
            }
        }
    }

    private func addRectangle(_ rect: Rect, cornerRadius: Double) {
        let radius = min(cornerRadius, rect.width / 2, rect.height / 2)
        guard radius > 0 else {
            cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
            return
        }
        let halfPi = Double.pi / 2
        cairo_new_sub_path(context)
        cairo_arc(context, rect.maxX - radius, rect.minY + radius, radius, -halfPi, 0)
        cairo_arc(context, rect.maxX - radius, rect.maxY - radius, radius, 0, halfPi)
        cairo_arc(context, rect.minX + radius, rect.maxY - radius, radius, halfPi, 2 * halfPi)
        cairo_arc(context, rect.minX + radius, rect.minY + radius, radius, 2 * halfPi, 3 * halfPi)
        cairo_close_path(context)
    }

    private func addPath(_ path: Path) {
        cairo_new_path(context)
        for element in path.elements {
            switch element {
            case .move(let point): cairo_move_to(context, point.x, point.y)
            case .line(let point): cairo_line_to(context, point.x, point.y)
            case .curve(let point, let control1, let control2):
                cairo_curve_to(context, control1.x, control1.y, control2.x, control2.y, point.x, point.y)
            case .close: cairo_close_path(context)
            }
        }
    }

    /// Fills, then outlines, the current path; clears it afterwards.
    private func paint(_ style: Style) {
        if let fill = style.fill {
            setSource(fill)
            if style.stroke == nil { cairo_fill(context) } else { cairo_fill_preserve(context) }
        }
        if let stroke = style.stroke {
            setSource(stroke.color)
            cairo_set_line_width(context, stroke.width)
            cairo_set_line_join(context, lineJoin(stroke.join))
            cairo_set_line_cap(context, lineCap(stroke.cap))
            stroke.dash.withUnsafeBufferPointer { dashes in
                cairo_set_dash(context, dashes.baseAddress, Int32(dashes.count), 0)
            }
            cairo_stroke(context)
        }
        cairo_new_path(context)
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    private func lineJoin(_ join: Stroke.Join) -> cairo_line_join_t {
        switch join {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }

    private func lineCap(_ cap: Stroke.Cap) -> cairo_line_cap_t {
        switch cap {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }
}

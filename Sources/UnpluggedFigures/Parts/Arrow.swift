/// A smooth curved arrow, as the lesson's figures draw them from a word to a bin.
///
/// The curve leaves its start vertically and arrives vertically (downwards from a
/// word to a bin, upwards from a ball to a sticky),
/// like the reference's hand-drawn arrows; its head is a filled triangle along the
/// curve's last direction, and the line stops at the head's base so it cannot show
/// through the tip.
public struct Arrow: Hashable, Sendable {
    public var start: Point
    public var end: Point
    public var color: Color
    public var width: Double

    public init(from start: Point, to end: Point, color: Color, width: Double) {
        self.start = start
        self.end = end
        self.color = color
        self.width = width
    }

    /// The length of the head, along the arrow.
    public var headLength: Double { max(8, width * 3.2) }

    /// Downwards from a word to a bin, upwards from a drawn ball to its new sticky: how
    /// far the curve's control points lie below its start and above its end.
    private var drop: Double { max(30, abs(end.y - start.y) * 0.55) * (end.y >= start.y ? 1 : -1) }

    /// Whether the curve passes through any of `rects` (stickies, labels it must not cross).
    func crosses(_ rects: [Rect]) -> Bool {
        let control1 = Point(x: start.x, y: start.y + drop), control2 = Point(x: end.x, y: end.y - drop)
        return (0...40).contains { step in
            let t = Double(step) / 40, u = 1 - t
            let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
            let x = a * start.x + b * control1.x + c * control2.x + d * end.x
            let y = a * start.y + b * control1.y + c * control2.y + d * end.y
            return rects.contains { $0.minX <= x && x <= $0.maxX && $0.minY <= y && y <= $0.maxY }
        }
    }

    /// The line and the head.
    public func node(named name: String) -> Node {
        let control1 = Point(x: start.x, y: start.y + drop)
        let control2 = Point(x: end.x, y: end.y - drop)
        // The curve arrives heading from control2 to end: straight down (or up).
        let direction = unit(end - control2)
        let base = end - scaled(direction, headLength)
        var line = Path()
        line.move(to: start)
        line.curve(to: base, control1: control1, control2: Point(x: base.x, y: base.y - drop))
        let across = Point(x: -direction.y, y: direction.x)
        let halfWidth = headLength * 0.45
        let head = Path.polygon([end, base + scaled(across, halfWidth), base - scaled(across, halfWidth)])
        return .group(Group(name, children: [
            .path(line, style: Style(stroke: Stroke(color, width: width, cap: .butt))),
            .path(head, style: Style(fill: color, stroke: Stroke(color, width: 1, join: .miter))),
        ]))
    }

    private func unit(_ vector: Point) -> Point {
        let length = (vector.x * vector.x + vector.y * vector.y).squareRoot()
        return length == 0 ? Point(x: 0, y: 1) : Point(x: vector.x / length, y: vector.y / length)
    }

    private func scaled(_ vector: Point, _ factor: Double) -> Point {
        Point(x: vector.x * factor, y: vector.y * factor)
    }
}

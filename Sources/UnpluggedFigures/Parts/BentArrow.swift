/// An arrow along any cubic curve, for the state diagram's edges and self-loops:
/// the line stops at the head's base so a thick line cannot show through the tip.
public struct BentArrow: Hashable, Sendable {
    public var start: Point
    public var control1: Point
    public var control2: Point
    public var end: Point
    public var color: Color
    public var width: Double

    public init(start: Point, control1: Point, control2: Point, end: Point, color: Color, width: Double) {
        self.start = start
        self.control1 = control1
        self.control2 = control2
        self.end = end
        self.color = color
        self.width = width
    }

    /// The head's length along the arrow: longer for thicker lines.
    public var headLength: Double { max(9, width * 2.6) }

    /// The point at `t` along the curve's parameter (0 the start, 1 the end).
    public func point(at t: Double) -> Point {
        let u = 1 - t
        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
        return Point(x: a * start.x + b * control1.x + c * control2.x + d * end.x,
                     y: a * start.y + b * control1.y + c * control2.y + d * end.y)
    }

    public func node(named name: String) -> Node {
        let towardsEnd = end - control2
        let length = max((towardsEnd.x * towardsEnd.x + towardsEnd.y * towardsEnd.y).squareRoot(), 0.001)
        let direction = Point(x: towardsEnd.x / length, y: towardsEnd.y / length)
        let base = Point(x: end.x - direction.x * headLength, y: end.y - direction.y * headLength)
        var line = Path()
        line.move(to: start)
        line.curve(to: base, control1: control1, control2: control2)
        let across = Point(x: -direction.y * headLength * 0.45, y: direction.x * headLength * 0.45)
        let head = Path.polygon([end, base + across, base - across])
        return .group(Group(name, children: [
            .path(line, style: Style(stroke: Stroke(color, width: width, cap: .butt))),
            .path(head, style: Style(fill: color, stroke: Stroke(color, width: 1, join: .miter))),
        ]))
    }
}

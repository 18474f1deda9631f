/// An arrow along a route of straight runs with rounded corners, its head on the last
/// run: the lesson frame's arrows between the document and the bins, which keep to the
/// gaps between stickies and between bins so they cross no word they do not point at.
public struct RoutedArrow: Hashable, Sendable {
    /// The route's corners, from the start to the tip; runs are horizontal or vertical.
    public var points: [Point]
    public var color: Color
    public var width: Double

    public init(points: [Point], color: Color, width: Double) {
        self.points = points
        self.color = color
        self.width = width
    }

    /// The length of the head, along the last run.
    public var headLength: Double { max(8, width * 3.2) }

    /// How round a corner is drawn, at most: about a sticky gap's half.
    static let cornerRadius = 6.0

    /// The line and the head.
    public func node(named name: String) -> Node {
        guard points.count >= 2, let end = points.last else { return .group(Group(name, children: [])) }
        let direction = unit(end - points[points.count - 2])
        let base = end - scaled(direction, headLength)
        var corners = points
        corners[corners.count - 1] = base
        var line = Path()
        line.move(to: corners[0])
        for index in corners.indices.dropFirst().dropLast() {
            let before = corners[index - 1], corner = corners[index], after = corners[index + 1]
            let radius = min(RoutedArrow.cornerRadius, length(corner - before) / 2, length(after - corner) / 2)
            let entry = corner - scaled(unit(corner - before), radius)
            let exit = corner + scaled(unit(after - corner), radius)
            line.line(to: entry)
            // A quarter circle's cubic: control points 0.55 of the radius along each run.
            line.curve(to: exit, control1: entry + scaled(unit(corner - before), radius * 0.55),
                       control2: exit - scaled(unit(after - corner), radius * 0.55))
        }
        line.line(to: base)
        let across = Point(x: -direction.y, y: direction.x)
        let halfWidth = headLength * 0.45
        let head = Path.polygon([end, base + scaled(across, halfWidth), base - scaled(across, halfWidth)])
        return .group(Group(name, children: [
            .path(line, style: Style(stroke: Stroke(color, width: width, join: .round, cap: .butt))),
            .path(head, style: Style(fill: color, stroke: Stroke(color, width: 1, join: .miter))),
        ]))
    }

    private func length(_ vector: Point) -> Double { (vector.x * vector.x + vector.y * vector.y).squareRoot() }

    private func unit(_ vector: Point) -> Point {
        let length = length(vector)
        return length == 0 ? Point(x: 0, y: 1) : Point(x: vector.x / length, y: vector.y / length)
    }

    private func scaled(_ vector: Point, _ factor: Double) -> Point {
        Point(x: vector.x * factor, y: vector.y * factor)
    }
}

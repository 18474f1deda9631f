import UnpluggedModel

/// The curves of a state diagram's arrows: bent so they leave and reach the edge of a
/// node, not its middle, and bent further round any node in their way, so an arrow
/// never seems to pass through a word it does not visit.
enum GraphArrows {
    /// How far a self-loop reaches out from its node.
    static let loopReach = 62.0
    /// How much an arrow bows out, as a share of its length, tried in turn: a gentle
    /// bend to the left first, so the arrows of two words that follow each other both
    /// ways run side by side; then wider, then to the right, then straight.
    static let bulges = [0.16, 0.3, 0.45, 0.65, -0.16, -0.3, -0.45, -0.65, 0]

    /// An arrow from one node to another that misses the `obstacles` (every node) when
    /// some bend can; otherwise the bend that crosses fewest.
    static func bend(from: Rect, to: Rect, avoiding obstacles: [Rect], width: Double, color: Color) -> BentArrow {
        let others = obstacles.filter { $0 != from && $0 != to }.map { $0.insetBy(-(width / 2 + 3)) }
        var best: (arrow: BentArrow, crossings: Int)?
        for bulge in bulges {
            let arrow = bend(from: from, to: to, bulge: bulge, width: width, color: color)
            let crossings = others.count { frame in samples.contains { frame.contains(arrow.point(at: $0)) } }
            if crossings == 0 { return arrow }
            if best == nil || crossings < best!.crossings { best = (arrow, crossings) }
        }
        return best!.arrow
    }

    /// Where along an arrow it is checked against the nodes it might cross.
    static let samples = stride(from: 0.04, through: 0.96, by: 0.04).map { $0 }

    /// An arrow between two nodes, bowed out to its left by `bulge` of its length.
    static func bend(from: Rect, to: Rect, bulge: Double, width: Double, color: Color) -> BentArrow {
        let a = from.center, b = to.center
        let dx = b.x - a.x, dy = b.y - a.y
        let control = Point(x: (a.x + b.x) / 2 + dy * bulge, y: (a.y + b.y) / 2 - dx * bulge)
        let start = exit(from: from, towards: control)
        let end = exit(from: to, towards: control)
        return BentArrow(start: start,
                         control1: Point(x: start.x + (control.x - start.x) * 2 / 3, y: start.y + (control.y - start.y) * 2 / 3),
                         control2: Point(x: end.x + (control.x - end.x) * 2 / 3, y: end.y + (control.y - end.y) * 2 / 3),
                         end: end, color: color, width: width)
    }

    /// Where the line from `frame`'s centre towards `target` leaves the frame, a little outside.
    static func exit(from frame: Rect, towards target: Point) -> Point {
        let centre = frame.center
        let dx = target.x - centre.x, dy = target.y - centre.y
        let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
        let scale = min(frame.width / 2 / max(abs(dx), 0.001), frame.height / 2 / max(abs(dy), 0.001))
        let gap = 5.0
        return Point(x: centre.x + dx * scale + dx / length * gap, y: centre.y + dy * scale + dy / length * gap)
    }

    /// A loop leaving a node and coming back to it, out along `direction`.
    static func loop(at frame: Rect, direction out: Point, width: Double, color: Color) -> BentArrow {
        let spread = 0.5
        let (cosine, sine) = (PortableMath.cos(spread), PortableMath.sin(spread))
        let leave = Point(x: out.x * cosine - out.y * sine, y: out.x * sine + out.y * cosine)
        let back = Point(x: out.x * cosine + out.y * sine, y: -out.x * sine + out.y * cosine)
        let start = exit(from: frame, towards: frame.center + Point(x: leave.x * 100, y: leave.y * 100))
        let end = exit(from: frame, towards: frame.center + Point(x: back.x * 100, y: back.y * 100))
        return BentArrow(start: start,
                         control1: start + Point(x: leave.x * loopReach * 1.3, y: leave.y * loopReach * 1.3),
                         control2: end + Point(x: back.x * loopReach * 1.3, y: back.y * loopReach * 1.3),
                         end: end, color: color, width: width)
    }
}

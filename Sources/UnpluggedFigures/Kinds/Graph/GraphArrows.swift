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
        var best: (arrow: BentArrow, crossings: Int)?
        let arrows = bulges.lazy.map { bend(from: from, to: to, bulge: $0, width: width, color: color) }
            + leans.lazy.map { bend(from: from, to: to, leans: $0, width: width, color: color) }
        for arrow in arrows {
            let crossings = crossings(of: arrow, from: from, to: to, obstacles: obstacles)
            if crossings == 0 { return arrow }
            if best == nil || crossings < best!.crossings { best = (arrow, crossings) }
        }
        return best!.arrow
    }

    /// How many nodes `arrow` from `from` to `to` passes through: the `obstacles` it
    /// does not visit, with room for its width, and its own two where it cuts back.
    static func crossings(of arrow: BentArrow, from: Rect, to: Rect, obstacles: [Rect]) -> Int {
        obstacles.filter { $0 != from && $0 != to }.map { $0.insetBy(-(arrow.width / 2 + 3)) }
            .count { frame in samples.contains { frame.contains(arrow.point(at: $0)) } }
            + [from, to].count { frame in middle.contains { frame.contains(arrow.point(at: $0)) } }
    }

    /// Where along an arrow it is checked against the nodes it might cross.
    static let samples = stride(from: 0.04, through: 0.96, by: 0.04).map { $0 }
    /// Where along an arrow it is checked against its own two nodes: a wide bend can
    /// leave its node, then cut back across the node's far corner.
    static let middle = stride(from: 0.08, through: 0.92, by: 0.04).map { $0 }

    /// When no even bow misses every node (a long arrow across a full grid), S-shaped
    /// and lopsided ones are tried: each third of the arrow leans out on its own, so
    /// the line can slip between the nodes in its way.
    static let leans: [(Double, Double)] = {
        let amounts = [0.2, -0.2, 0.4, -0.4, 0.6, -0.6, 0]
        return amounts.flatMap { first in amounts.map { (first, $0) } }.filter { $0.0 != $0.1 }
    }()

    /// An arrow between two nodes whose first and second thirds lean out to its left
    /// by `leans` of its length (to its right when negative).
    static func bend(from: Rect, to: Rect, leans: (Double, Double), width: Double, color: Color) -> BentArrow {
        let a = from.center, b = to.center
        let dx = b.x - a.x, dy = b.y - a.y
        let control1 = Point(x: a.x + dx / 3 + dy * leans.0, y: a.y + dy / 3 - dx * leans.0)
        let control2 = Point(x: a.x + dx * 2 / 3 + dy * leans.1, y: a.y + dy * 2 / 3 - dx * leans.1)
        return BentArrow(start: exit(from: from, towards: control1), control1: control1, control2: control2,
                         end: exit(from: to, towards: control2), color: color, width: width)
    }

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

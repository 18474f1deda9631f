extension Node {
    /// The smallest rectangle holding everything this node paints, outlines included.
    /// Layout checks use it: nothing may leave the canvas.
    public var bounds: Rect? {
        switch self {
        case .rectangle(let rect, _, let style):
            return rect.insetBy(-Node.outlineReach(style))
        case .circle(let center, let radius, let style):
            let reach = radius + Node.outlineReach(style)
            return Rect(x: center.x - reach, y: center.y - reach, width: 2 * reach, height: 2 * reach)
        case .path(let path, let style):
            return Rect.enclosing(path.points)?.insetBy(-Node.outlineReach(style))
        case .text(let run):
            return run.frame
        case .group(let group):
            return Rect.enclosing(group.children.compactMap(\.bounds))
        }
    }

    /// How far an outline reaches past the shape's edge: half its width, since
    /// strokes are centred on the edge.
    private static func outlineReach(_ style: Style) -> Double {
        (style.stroke?.width ?? 0) / 2
    }
}

extension Rect {
    /// The smallest rectangle holding all `points`; nil when there are none.
    static func enclosing(_ points: [Point]) -> Rect? {
        guard let first = points.first else { return nil }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for point in points.dropFirst() {
            minX = Swift.min(minX, point.x)
            maxX = Swift.max(maxX, point.x)
            minY = Swift.min(minY, point.y)
            maxY = Swift.max(maxY, point.y)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The smallest rectangle holding all `rects`; nil when there are none.
    static func enclosing(_ rects: [Rect]) -> Rect? {
        enclosing(rects.flatMap { [$0.origin, Point(x: $0.maxX, y: $0.maxY)] })
    }
}

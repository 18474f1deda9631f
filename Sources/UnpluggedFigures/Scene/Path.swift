/// An outline made of straight and cubic Bézier segments, in absolute coordinates.
public struct Path: Hashable, Sendable {
    public enum Element: Hashable, Sendable {
        case move(to: Point)
        case line(to: Point)
        /// A cubic Bézier curve from the current point through two control points.
        case curve(to: Point, control1: Point, control2: Point)
        case close
    }

    public private(set) var elements: [Element]

    public init(_ elements: [Element] = []) {
        self.elements = elements
    }

    public mutating func move(to point: Point) { elements.append(.move(to: point)) }
    public mutating func line(to point: Point) { elements.append(.line(to: point)) }
    public mutating func curve(to point: Point, control1: Point, control2: Point) {
        elements.append(.curve(to: point, control1: control1, control2: control2))
    }
    public mutating func close() { elements.append(.close) }

    /// A closed polygon through `points`, in order.
    public static func polygon(_ points: [Point]) -> Path {
        var path = Path()
        guard let first = points.first else { return path }
        path.move(to: first)
        for point in points.dropFirst() { path.line(to: point) }
        path.close()
        return path
    }

    /// Every point the path names, control points included: a curve never leaves
    /// the hull of its control points, so these bound the drawn outline.
    public var points: [Point] {
        elements.flatMap { element -> [Point] in
            switch element {
            case .move(let point), .line(let point): [point]
            case .curve(let point, let control1, let control2): [control1, control2, point]
            case .close: []
            }
        }
    }
}

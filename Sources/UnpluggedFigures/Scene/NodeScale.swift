extension Node {
    /// The node with every length multiplied by `factor` about the origin: positions,
    /// sizes, radii, outline widths, dashes and font sizes alike, so a figure laid out
    /// at its own size can be shown as large as its slide allows and still look the same.
    func scaled(by factor: Double) -> Node {
        switch self {
        case .rectangle(let rect, let cornerRadius, let style):
            return .rectangle(rect.scaled(by: factor), cornerRadius: cornerRadius * factor, style: style.scaled(by: factor))
        case .circle(let center, let radius, let style):
            return .circle(center: center.scaled(by: factor), radius: radius * factor, style: style.scaled(by: factor))
        case .path(let path, let style):
            return .path(Path(path.elements.map { $0.scaled(by: factor) }), style: style.scaled(by: factor))
        case .text(var run):
            run.frame = run.frame.scaled(by: factor)
            run.font.size *= factor
            return .text(run)
        case .group(var group):
            group.children = group.children.map { $0.scaled(by: factor) }
            return .group(group)
        }
    }
}

extension Point {
    func scaled(by factor: Double) -> Point { Point(x: x * factor, y: y * factor) }
}

extension Rect {
    func scaled(by factor: Double) -> Rect {
        Rect(x: minX * factor, y: minY * factor, width: width * factor, height: height * factor)
    }
}

extension Style {
    func scaled(by factor: Double) -> Style {
        var scaled = self
        scaled.stroke?.width *= factor
        scaled.stroke?.dash = stroke?.dash.map { $0 * factor } ?? []
        return scaled
    }
}

extension Path.Element {
    func scaled(by factor: Double) -> Path.Element {
        switch self {
        case .move(let point): .move(to: point.scaled(by: factor))
        case .line(let point): .line(to: point.scaled(by: factor))
        case .curve(let point, let control1, let control2):
            .curve(to: point.scaled(by: factor), control1: control1.scaled(by: factor), control2: control2.scaled(by: factor))
        case .close: .close
        }
    }
}

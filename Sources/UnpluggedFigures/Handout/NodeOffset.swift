extension Node {
    /// The node moved by `offset`: handout blocks are laid out from their own top-left
    /// corner, then placed on a page wherever the page flow puts them.
    func offset(by offset: Point) -> Node {
        switch self {
        case .rectangle(let rect, let cornerRadius, let style):
            return .rectangle(rect.offset(by: offset), cornerRadius: cornerRadius, style: style)
        case .circle(let center, let radius, let style):
            return .circle(center: center + offset, radius: radius, style: style)
        case .path(let path, let style):
            return .path(Path(path.elements.map { $0.offset(by: offset) }), style: style)
        case .text(var run):
            run.frame = run.frame.offset(by: offset)
            return .text(run)
        case .group(var group):
            group.children = group.children.map { $0.offset(by: offset) }
            return .group(group)
        }
    }
}

extension Rect {
    func offset(by offset: Point) -> Rect {
        Rect(x: minX + offset.x, y: minY + offset.y, width: width, height: height)
    }
}

extension Path.Element {
    func offset(by offset: Point) -> Path.Element {
        switch self {
        case .move(let point): .move(to: point + offset)
        case .line(let point): .line(to: point + offset)
        case .curve(let point, let control1, let control2):
            .curve(to: point + offset, control1: control1 + offset, control2: control2 + offset)
        case .close: .close
        }
    }
}

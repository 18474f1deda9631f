import UnpluggedFigures

/// Finding things in a scene by the names its groups carry ("bin green",
/// "sticky blue", "new ball white"), as a reader of the text dump would.
extension Scene {
    /// Every group, depth first.
    var groups: [Group] { nodes.flatMap(\.groups) }

    /// The first group named exactly `name`.
    func group(_ name: String) -> Group? {
        groups.first { $0.name == name }
    }

    /// The groups whose names start with `prefix`.
    func groups(prefixed prefix: String) -> [Group] {
        groups.filter { $0.name.hasPrefix(prefix) }
    }

    /// The bins drawn in focus: outlined thicker than the others (three times, before
    /// the figure is scaled to its slide).
    var focusedBins: [Group] {
        let bins = groups(prefixed: "bin ")
        guard let thinnest = bins.compactMap(\.edgeWidth).min() else { return [] }
        return bins.filter { ($0.edgeWidth ?? 0) > thinnest * 2 }
    }

    /// The smallest rectangle holding everything drawn.
    var contentBounds: Rect? {
        let rects = nodes.compactMap(\.bounds)
        guard let first = rects.first else { return nil }
        return rects.dropFirst().reduce(first) { box, rect in
            let minX = min(box.minX, rect.minX), minY = min(box.minY, rect.minY)
            return Rect(x: minX, y: minY, width: max(box.maxX, rect.maxX) - minX, height: max(box.maxY, rect.maxY) - minY)
        }
    }
}

extension Node {
    var groups: [Group] {
        guard case .group(let group) = self else { return [] }
        return [group] + group.children.flatMap(\.groups)
    }
}

extension Group {
    /// The groups under this one, depth first.
    var groups: [Group] { children.flatMap(\.groups) }

    /// Every node under this group that is not itself a group, depth first.
    var leaves: [Node] {
        children.flatMap { child -> [Node] in
            if case .group(let inner) = child { return inner.leaves }
            return [child]
        }
    }

    /// The texts drawn in this group.
    var texts: [TextRun] {
        leaves.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }

    /// The balls of a bin group: its circles, not counting a new ball's ring (unfilled).
    var balls: [(center: Point, radius: Double)] {
        leaves.compactMap {
            if case .circle(let center, let radius, let style) = $0, style.fill != nil { (center, radius) } else { nil }
        }
    }

    /// The width of the first path's outline: a bin's edge.
    var edgeWidth: Double? {
        for leaf in leaves { if case .path(_, let style) = leaf { return style.stroke?.width } }
        return nil
    }
}

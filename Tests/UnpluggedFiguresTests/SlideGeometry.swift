import UnpluggedFigures

/// What a teacher sees of a slide figure shown as large as it fits on a 1920 × 1080
/// projector, measured from its scene: the checks of the slide-geometry tests.
struct SlideGeometry {
    let scene: Scene

    /// Pixels per point when the scene is shown as large as it fits on 1920 × 1080.
    var pixelsPerPoint: Double { min(1920 / scene.size.width, 1080 / scene.size.height) }

    /// Every text of the scene with the name of the innermost group holding it.
    var texts: [(run: TextRun, group: String)] {
        func collect(_ node: Node, in group: String) -> [(run: TextRun, group: String)] {
            switch node {
            case .text(let run): [(run, group)]
            case .group(let inner): inner.children.flatMap { collect($0, in: inner.name) }
            default: []
            }
        }
        return scene.nodes.flatMap { collect($0, in: "") }
    }

    /// The smallest text, in pixels on the projector.
    var smallestTextPixels: Double? {
        texts.map(\.run.font.size).min().map { $0 * pixelsPerPoint }
    }

    /// The texts smaller than 16 pixels on the projector: what the back row cannot read.
    var unreadableTexts: [String] {
        texts.filter { $0.run.font.size * pixelsPerPoint < 16 - 1e-9 }.map { "\($0.run.text) (\($0.group))" }
    }

    /// The shape of the canvas, width over height.
    var aspect: Double { scene.size.width / scene.size.height }

    /// The parts that reach past the canvas (by more than a hair's breadth).
    var offCanvas: [String] {
        let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height).insetBy(-0.5)
        func outside(_ node: Node, in group: String) -> [String] {
            if case .group(let inner) = node { return inner.children.flatMap { outside($0, in: inner.name) } }
            guard let bounds = node.bounds, !canvas.contains(bounds) else { return [] }
            return [group]
        }
        return scene.nodes.flatMap { outside($0, in: "") }
    }

    /// Pairs of texts of different groups that overlap (by more than a point each way):
    /// a label on a label reads as neither.
    var overlappingTexts: [String] {
        let all = texts
        var pairs: [String] = []
        for (index, first) in all.enumerated() {
            for second in all[(index + 1)...] where first.group != second.group {
                let a = first.run.frame, b = second.run.frame
                let width = min(a.maxX, b.maxX) - max(a.minX, b.minX)
                let height = min(a.maxY, b.maxY) - max(a.minY, b.minY)
                if width > 1, height > 1 { pairs.append("\(first.run.text) / \(second.run.text)") }
            }
        }
        return pairs
    }

    /// The texts that reach out of the sticky or ball they are written on (by more
    /// than half a point): a word spilling over its note's edge.
    var textsOutsideTheirBoxes: [String] {
        func outside(_ node: Node) -> [String] {
            guard case .group(let group) = node else { return [] }
            var found = group.children.flatMap(outside)
            let box: Rect? = group.children.reversed().lazy.compactMap { child -> Rect? in
                switch child {
                case .rectangle(let rect, _, _) where group.name.hasPrefix("sticky "): rect
                case .circle(let centre, let radius, _) where group.name.hasPrefix("ball "):
                    Rect(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)
                default: nil
                }
            }.first
            if let box {
                for case .text(let run) in group.children where !box.insetBy(-0.5).contains(run.frame) {
                    found.append("\(run.text) (\(group.name))")
                }
            }
            return found
        }
        return scene.nodes.flatMap(outside)
    }

    /// The lines of the legend that maps symbols on balls to words.
    var legendLines: Int {
        let notes = scene.nodes.flatMap(\.groups).filter { $0.name == "notes" }.flatMap(\.texts).map(\.text)
        guard let start = notes.firstIndex(where: { $0.hasPrefix("Symbols on balls") }) else { return 0 }
        return notes[start...].prefix { $0.contains(" = ") }.count
    }
}

import UnpluggedModel

/// The `graph` figure: the model as a state diagram. Each context is a node (its
/// stickies); an arrow goes from a context to the context it leads to, as thick as
/// the chance of that next word and labelled with it in percent; the end token is a
/// node too, on the same ring, where documents stop; a word that can follow itself
/// gets a loop.
public enum GraphFigure {
    static let margin = 20.0
    static let stickyHeight = 40.0
    static let stickyGap = 4.0
    /// How far a self-loop reaches out from its node.
    static let loopReach = 62.0
    static let labelFont = Font(size: 12, weight: .bold)
    /// A large model shows this many of its fullest contexts.
    static let nodeLimit = 16
    /// Where along an arrow its chance is written: nearer its start than its end, so
    /// the labels of two words that follow each other both ways do not meet.
    static let labelPlace = 0.32
    /// With more arrows than this, each context keeps only its likeliest few.
    static let edgeLimit = 36
    static let edgesPerContextWhenCrowded = 2

    public static func figure(of model: Model, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) -> Figure {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let selection = BinSelection(model: model, fillingUp: true)
        let contexts = selection.contexts.count > nodeLimit
            ? Array(selection.contexts.sorted { model.bin(for: $0).total > model.bin(for: $1).total }.prefix(nodeLimit))
                .sorted { BinSelection.precedes($0, $1, in: vocabulary) }
            : selection.contexts
        let hidden = model.bins.count { !$0.isEmpty } - contexts.count { !model.bin(for: $0).isEmpty }

        // Node sizes, then places on a ring: the contexts, then the end token, which
        // every document reaches at last. Drawn once about the origin to find the
        // drawing's extent, then again moved into the margin.
        let stickyWidth = { (word: String) in
            Sticky(word: word, vocabulary: vocabulary).width(forHeight: stickyHeight, theme: theme, measurer: measurer)
        }
        let sizes = contexts.map { context in
            Size(width: context.words.map(stickyWidth).reduce(0, +) + Double(context.words.count - 1) * stickyGap,
                 height: stickyHeight)
        } + [Size(width: stickyWidth(vocabulary.endToken), height: stickyHeight)]
        let widest = sizes.map(\.width).max() ?? 0
        let ringRadius = max(150, Double(sizes.count) * (widest + 80) / (2 * Double.pi))
        let allEdges = self.edges(of: model, among: contexts)
        let crowded = allEdges.count > edgeLimit
        let edges = crowded ? likeliest(allEdges, each: edgesPerContextWhenCrowded) : allEdges
        let draft = drawing(contexts: contexts, sizes: sizes, edges: edges, centre: Point(x: 0, y: 0),
                            ringRadius: ringRadius, vocabulary: vocabulary, theme: theme, measurer: measurer)
        let extent = Rect.enclosing(draft.compactMap(\.bounds)) ?? Rect(x: 0, y: 0, width: 0, height: 0)
        var nodes = drawing(contexts: contexts, sizes: sizes, edges: edges,
                            centre: Point(x: margin - extent.minX, y: margin - extent.minY),
                            ringRadius: ringRadius, vocabulary: vocabulary, theme: theme, measurer: measurer)

        let notes = FigureNotes([
            hidden > 0 ? "Showing the \(contexts.count) fullest contexts; \(AltText.count(hidden, "other context")) and the arrows to them left out." : nil,
            crowded ? "Arrows: the \(edgesPerContextWhenCrowded) likeliest next words of each context; \(AltText.count(allEdges.count - edges.count, "less likely arrow")) left out." : nil,
        ])
        let bottom = margin + extent.height + 8
        if !notes.lines.isEmpty {
            nodes.append(notes.node(x: margin, top: bottom, theme: theme, measurer: measurer))
        }
        let size = Size(width: max(extent.width, notes.width(measurer: measurer)) + 2 * margin,
                        height: bottom + notes.height(measurer: measurer) + margin)
        let scene = Scene(size: size, background: theme.background, title: "The model as a state diagram",
                          description: description(contexts: contexts, edges: edges, model: model),
                          nodes: nodes)
        return Figure(name: name, scene: scene)
    }

    /// An arrow between two contexts (nil `to`: the end token).
    struct Edge {
        let from: Int
        let to: Int?
        let chance: Double
        let percent: Int

        /// 1 point for the least likely, up to 8 for a certain next word.
        var width: Double { 1 + 7 * chance }
    }

    /// One edge per next word with any balls, to a context that is shown; `to` nil
    /// for the end token. Percentages are the table's: whole, adding up to 100.
    static func edges(of model: Model, among contexts: [Context]) -> [Edge] {
        var edges: [Edge] = []
        for (from, context) in contexts.enumerated() {
            let bin = model.bin(for: context)
            guard bin.total > 0 else { continue }
            let percents = Percentages.whole(bin.counts.map(\.count))
            for (ball, percent) in zip(bin.counts, percents) where ball.count > 0 {
                let chance = Double(ball.count) / Double(bin.total)
                if model.vocabulary.isEnd(ball.word) {
                    edges.append(Edge(from: from, to: nil, chance: chance, percent: percent))
                } else if let to = contexts.firstIndex(of: Context(Array(context.words.dropFirst()) + [ball.word])) {
                    edges.append(Edge(from: from, to: to, chance: chance, percent: percent))
                }
            }
        }
        return edges
    }

    /// Each context's `count` likeliest edges (ties: the table's order).
    static func likeliest(_ edges: [Edge], each count: Int) -> [Edge] {
        Dictionary(grouping: edges.enumerated(), by: \.element.from)
            .sorted { $0.key < $1.key }
            .flatMap { _, group in
                group.sorted { $0.element.chance != $1.element.chance ? $0.element.chance > $1.element.chance : $0.offset < $1.offset }
                    .prefix(count).map(\.element)
            }
    }

    /// The diagram about `centre`: arrows (thinnest first), then the stickies, then
    /// the chances on top so no arrow hides one.
    static func drawing(contexts: [Context], sizes: [Size], edges: [Edge], centre: Point, ringRadius: Double,
                        vocabulary: Vocabulary, theme: Theme, measurer: some TextMeasuring) -> [Node] {
        let frames = sizes.indices.map { index -> Rect in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(sizes.count)
            let place = Point(x: centre.x + ringRadius * PortableMath.cos(angle), y: centre.y + ringRadius * PortableMath.sin(angle))
            return Rect(x: place.x - sizes[index].width / 2, y: place.y - sizes[index].height / 2,
                        width: sizes[index].width, height: sizes[index].height)
        }
        let endFrame = frames[contexts.count]
        var arrows: [Node] = []
        var labels: [Node] = []
        for edge in edges.sorted(by: { $0.chance < $1.chance }) {
            let start = frames[edge.from]
            let isLoop = edge.to == edge.from
            let arrow = isLoop
                ? loop(at: start, away: centre, width: edge.width, color: theme.binEdge)
                : bend(from: start, to: edge.to.map { frames[$0] } ?? endFrame, width: edge.width, color: theme.binEdge)
            arrows.append(arrow.node(named: "arrow \(contexts[edge.from]) \(edge.percent)%"))
            labels.append(label("\(edge.percent)%", at: isLoop ? loopApex(of: start, away: centre) : arrow.point(at: labelPlace),
                                theme: theme, measurer: measurer))
        }
        var stickies: [Node] = []
        for (context, frame) in zip(contexts + [Context([vocabulary.endToken])], frames) {
            var x = frame.minX
            for word in context.words {
                let sticky = Sticky(word: word, vocabulary: vocabulary)
                let width = sticky.width(forHeight: stickyHeight, theme: theme, measurer: measurer)
                stickies.append(sticky.node(in: Rect(x: x, y: frame.minY, width: width, height: stickyHeight),
                                            theme: theme, measurer: measurer))
                x += width + stickyGap
            }
        }
        return [.group(Group("arrows", children: arrows)), .group(Group("states", children: stickies)),
                .group(Group("chances", children: labels))]
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

    /// A gently bent arrow between two nodes; bent to its left, so the arrows of a
    /// pair of words that follow each other both ways run side by side.
    static func bend(from: Rect, to: Rect, width: Double, color: Color) -> BentArrow {
        let a = from.center, b = to.center
        let dx = b.x - a.x, dy = b.y - a.y
        let bulge = 0.16
        let control = Point(x: (a.x + b.x) / 2 + dy * bulge, y: (a.y + b.y) / 2 - dx * bulge)
        let start = exit(from: from, towards: control)
        let end = exit(from: to, towards: control)
        return BentArrow(start: start,
                         control1: Point(x: start.x + (control.x - start.x) * 2 / 3, y: start.y + (control.y - start.y) * 2 / 3),
                         control2: Point(x: end.x + (control.x - end.x) * 2 / 3, y: end.y + (control.y - end.y) * 2 / 3),
                         end: end, color: color, width: width)
    }

    /// The way out from the diagram's middle through a node: where its loop goes.
    static func outward(_ frame: Rect, away centre: Point) -> Point {
        let dx = frame.center.x - centre.x, dy = frame.center.y - centre.y
        let length = (dx * dx + dy * dy).squareRoot()
        return length < 0.001 ? Point(x: 0, y: -1) : Point(x: dx / length, y: dy / length)
    }

    /// A loop leaving a node and coming back to it, on its outer side.
    static func loop(at frame: Rect, away centre: Point, width: Double, color: Color) -> BentArrow {
        let out = outward(frame, away: centre)
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

    /// Where a loop's label goes: at the far end of the loop.
    static func loopApex(of frame: Rect, away centre: Point) -> Point {
        let out = outward(frame, away: centre)
        let edge = exit(from: frame, towards: frame.center + Point(x: out.x * 100, y: out.y * 100))
        return edge + Point(x: out.x * loopReach * 0.95, y: out.y * loopReach * 0.95)
    }

    /// A chance on a small plate of the background, readable over the arrows.
    static func label(_ text: String, at centre: Point, theme: Theme, measurer: some TextMeasuring) -> Node {
        let metrics = measurer.measure(text, font: labelFont)
        let box = Rect(x: centre.x - metrics.width / 2 - 4, y: centre.y - metrics.height / 2 - 1,
                       width: metrics.width + 8, height: metrics.height + 2)
        var plate = theme.background ?? .white
        plate.alpha = 0.9
        return .group(Group("chance \(text)", children: [
            .rectangle(box, cornerRadius: box.height / 2, style: Style(fill: plate, stroke: Stroke(theme.previous, width: 0.75))),
            .text(TextRun(text, font: labelFont, color: theme.ink,
                          frame: Rect(x: box.minX + 4, y: box.minY + 1, width: metrics.width, height: metrics.height))),
        ]))
    }

    static func description(contexts: [Context], edges: [Edge], model: Model) -> String {
        let alt = AltText(vocabulary: model.vocabulary)
        var sentences = ["The model as a state diagram: \(AltText.count(contexts.count, "context")) and the end token, "
            + "with an arrow for each next word, as thick as its chance."]
        for (index, context) in contexts.enumerated().prefix(BinsFigure.describedBins) {
            let out = edges.filter { $0.from == index }.map { edge in
                let target = edge.to.map { alt.words(contexts[$0].words) } ?? "the end"
                return "\(edge.percent)% to \(edge.to == index ? "itself" : target)"
            }
            sentences.append("From \(alt.words(context.words)): \(out.isEmpty ? "no arrows" : AltText.list(out)).")
        }
        return sentences.joined(separator: " ")
    }
}

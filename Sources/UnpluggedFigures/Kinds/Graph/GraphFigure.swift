import UnpluggedModel

/// The `graph` figure: the model as a state diagram. Each context is a node (its
/// stickies); an arrow goes from a context to the context it leads to, as thick as
/// the chance of that next word and labelled with it in percent; the end token is a
/// node too, where documents stop; a word that can follow itself gets a loop.
///
/// Which contexts are shown is `GraphContexts`'s choice, where they go
/// `GraphLayout`'s, how arrows bend `GraphArrows`'s and where chances are written
/// `ChanceLabels`'s; this file puts them together with the notes and the alt text.
/// A diagram is shown as large as its page allows; when its text would then read
/// smaller than the back row can, or a chance finds no room, it shows fewer contexts:
/// a smaller neighbourhood of the prompt (or of where documents start), and says so.
public enum GraphFigure {
    static let margin = 20.0
    /// With more arrows than this, each context keeps only its likeliest few.
    static let edgeLimit = 36
    static let edgesPerContextWhenCrowded = 2
    /// Contexts up to this many (the colour lesson's four) sit on a ring; more flow in columns.
    static let ringLimit = 5
    /// A diagram never shrinks below this many contexts to read from the back row.
    static let fewestContexts = 4

    /// How far apart a flow's contexts are set, tried in turn while some chance finds no room.
    static let spreads = [1.0, 1.3, 1.6]

    /// - Throws: `InputError` (the `prompt` option's) for a prompt word the model lacks.
    public static func figure(of model: Model, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        // The first diagram that reads from the back row with every chance written and
        // no arrow through a word it does not visit: the most contexts, set as close as
        // will hold them. Failing that, the readable one with the fewest such flaws.
        var fallback: (scene: Scene, flaws: Int)?
        var limit: Int?
        while true {
            let shown = try GraphContexts(model: model, prompt: options.prompt, top: options.topWords, limit: limit)
            let count = shown.contexts.count
            for spread in spreads {
                let (scene, flaws, isFlow) = diagram(of: model, showing: shown, spread: spread, options: options,
                                                       measurer: measurer)
                guard isReadable(scene, on: options.page) else { break }
                if flaws == 0 { return Figure(name: name, slide: scene, on: options.page) }
                if fallback == nil || flaws < fallback!.flaws { fallback = (scene, flaws) }
                if !isFlow { break }
            }
            if count <= fewestContexts {
                let scene = fallback?.scene ?? diagram(of: model, showing: shown, spread: 1, options: options, measurer: measurer).scene
                return Figure(name: name, slide: scene, on: options.page)
            }
            limit = count - 1
        }
    }

    /// Whether every text of `scene` reads from the back row once it is shown on `page`.
    static func isReadable(_ scene: Scene, on page: Page) -> Bool {
        func smallest(_ node: Node) -> Double {
            switch node {
            case .text(let run): run.font.size
            case .group(let group): group.children.map(smallest).min() ?? .infinity
            default: .infinity
            }
        }
        let text = scene.nodes.map(smallest).min() ?? .infinity
        return text >= SlideFit.readableTextSize(for: scene.size, on: page) - 1e-9
    }

    /// The diagram of the `shown` contexts at its own size; its flaws: how many chances
    /// found no room and arrows pass through a node they do not visit; and whether its
    /// contexts flow (so `spread` sets them further apart).
    static func diagram(of model: Model, showing shown: GraphContexts, spread: Double, options: FigureOptions,
                        measurer: some TextMeasuring) -> (scene: Scene, flaws: Int, isFlow: Bool) {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let contexts = shown.contexts

        let stickyWidth = { (word: String, height: Double) in
            Sticky(word: word, vocabulary: vocabulary).width(forHeight: height, theme: theme, measurer: measurer)
        }
        let sizes = contexts.map { context in
            Size(width: context.words.map { stickyWidth($0, GraphLayout.stickyHeight) }.reduce(0, +)
                    + Double(context.words.count - 1) * GraphLayout.stickyGap,
                 height: GraphLayout.stickyHeight)
        }
        let endSize = Size(width: stickyWidth(vocabulary.endToken, GraphLayout.stickyHeight), height: GraphLayout.stickyHeight)
        let endStickySize = Size(width: stickyWidth(vocabulary.endToken, GraphLayout.endStickyHeight),
                                 height: GraphLayout.endStickyHeight)
        let allEdges = edges(of: model, among: contexts)
        let likelyEnough = allEdges.filter { $0.chance >= options.minimumChance }
        let chosen = likeliest(likelyEnough, each: options.topWords)
        let crowded = chosen.count > edgeLimit
        let edges = crowded ? likeliest(chosen, each: edgesPerContextWhenCrowded) : chosen
        let layout: GraphLayout
        var isFlow = false
        if shown.steps == nil, model.contextLength == 1, contexts.count <= ringLimit {
            layout = .ring(sizes: sizes, endSize: endSize)
        } else if shown.steps == nil, model.contextLength > 1, !GraphLayout.gridIsSparse(contexts) {
            layout = .grid(contexts: contexts, sizes: sizes, endSize: endStickySize)
        } else {
            let flow = GraphFlow(count: contexts.count, arrows: edges.compactMap { edge in edge.to.map { (edge.from, $0) } },
                                 fullness: contexts.map { model.bin(for: $0).total },
                                 start: model.hasStartBin ? contexts.firstIndex(of: model.startContext) : nil,
                                 starts: shown.steps.map { steps in steps.indices.filter { steps[$0] == 0 } })
            let canEnd = contexts.indices.map { index in edges.contains { $0.from == index && $0.to == nil } }
            layout = .flow(flow, sizes: sizes, canEnd: canEnd, endSize: endStickySize, spread: spread)
            isFlow = true
        }
        let endingContexts = Array(Set(edges.filter { $0.to == nil }.map(\.from))).sorted()
        let obstacles = layout.frames + (layout.sharedEnd.map { [$0] } ?? endingContexts.map { layout.endFrames[$0] })

        let thinnestFirst = edges.enumerated().sorted { $0.element.chance != $1.element.chance
            ? $0.element.chance < $1.element.chance : $0.offset < $1.offset }.map(\.element)
        let arrows = thinnestFirst.map { edge in
            edge.to == edge.from
                ? GraphArrows.loop(at: layout.frames[edge.from], direction: layout.loopDirections[edge.from], width: edge.width,
                                   color: theme.binEdge)
                : GraphArrows.bend(from: layout.frames[edge.from], to: edge.to.map { layout.frames[$0] } ?? layout.endFrames[edge.from],
                                   avoiding: obstacles, width: edge.width, color: theme.binEdge)
        }
        let throughNodes = zip(thinnestFirst, arrows).count { edge, arrow in
            edge.to != edge.from && GraphArrows.crossings(
                of: arrow, from: layout.frames[edge.from], to: edge.to.map { layout.frames[$0] } ?? layout.endFrames[edge.from],
                obstacles: obstacles) > 0
        }
        var placement = ChanceLabels(nodes: obstacles, arrows: arrows)
        var chances: [GraphDrawing.Chance] = []
        for (index, edge) in thinnestFirst.enumerated() {
            let text = edge.percent.text
            if let plate = placement.place(text, along: index, isLoop: edge.to == edge.from, measurer: measurer) {
                chances.append(GraphDrawing.Chance(text: text, plate: plate))
            }
        }
        let named = zip(thinnestFirst, arrows).map { edge, arrow in
            GraphDrawing.NamedArrow(name: "arrow \(contexts[edge.from]) \(edge.percent.text)", arrow: arrow)
        }
        let drawing = GraphDrawing(contexts: contexts, layout: layout, endingContexts: endingContexts, arrows: named,
                                   chances: chances)
        let draft = drawing.nodes(shift: Point(x: 0, y: 0), vocabulary: vocabulary, theme: theme, measurer: measurer)
        let extent = Rect.enclosing(draft.compactMap(\.bounds)) ?? Rect(x: 0, y: 0, width: 0, height: 0)
        var nodes = drawing.nodes(shift: Point(x: margin - extent.minX, y: margin - extent.minY), vocabulary: vocabulary,
                                  theme: theme, measurer: measurer)

        let alt = AltText(vocabulary: vocabulary)
        let leftOut = LeftOutArrows(model: model, contexts: contexts, drawn: edges)
        let notes = FigureNotes([
            shown.startingFrom.map { starts in
                "Showing \(AltText.count(contexts.count, "context")) near \(AltText.list(starts.map { $0 == model.startContext ? "the start of a document" : alt.words($0.words) })), two steps out"
                    + (shown.hiddenCount > 0 ? "; \(AltText.count(shown.hiddenCount, "other context")) left out." : ".")
            } ?? (shown.hiddenCount > 0 ? "\(AltText.count(shown.hiddenCount, "other context")) left out." : nil),
            allEdges.count > likelyEnough.count
                ? "\(AltText.count(allEdges.count - likelyEnough.count, "arrow")) under \(percentText(options.minimumChance)) left out." : nil,
            likelyEnough.count > chosen.count
                ? "Arrows: each context's likeliest \(options.topWords) next words; \(AltText.count(likelyEnough.count - chosen.count, "other arrow")) left out." : nil,
            crowded ? "Arrows: the \(edgesPerContextWhenCrowded) likeliest next words of each context; \(AltText.count(chosen.count - edges.count, "less likely arrow")) left out." : nil,
            placement.dropped == 1 ? "1 chance not written, for want of room; its arrow's thickness shows it." : nil,
            placement.dropped > 1 ? "\(placement.dropped) chances not written, for want of room; their arrows' thickness shows them." : nil,
        ] + leftOut.noteLines(alt: alt, width: max(extent.width, 480), measurer: measurer))
        let bottom = margin + extent.height + 8
        if !notes.lines.isEmpty {
            nodes.append(notes.node(x: margin, top: bottom, theme: theme, measurer: measurer))
        }
        let size = Size(width: max(extent.width, notes.width(measurer: measurer)) + 2 * margin,
                        height: bottom + notes.height(measurer: measurer) + margin)
        let scene = Scene(size: size, background: theme.background, title: "The model as a state diagram",
                          description: description(contexts: contexts, edges: edges, leftOut: leftOut, model: model, notes: notes),
                          nodes: nodes)
        return (scene, placement.dropped + throughNodes, isFlow)
    }

    /// A chance as the option is written: a whole or decimal percentage.
    static func percentText(_ chance: Double) -> String {
        let percent = (chance * 1000).rounded() / 10
        return percent == percent.rounded() ? "\(Int(percent))%" : "\(percent)%"
    }

    /// An arrow between two contexts (nil `to`: the end token).
    struct Edge {
        let from: Int
        let to: Int?
        let chance: Double
        let percent: Percent
        /// The next word's place in its bin's counts.
        let ball: Int

        /// 1 point for the least likely, up to 8 for a certain next word.
        var width: Double { 1 + 7 * chance }
    }

    /// One edge per next word with any balls, to a context that is shown; `to` nil
    /// for the end token. Percentages are the table's (`Bin.percentages`).
    static func edges(of model: Model, among contexts: [Context]) -> [Edge] {
        var edges: [Edge] = []
        for (from, context) in contexts.enumerated() {
            let bin = model.bin(for: context)
            guard bin.total > 0 else { continue }
            let percents = bin.percentages.percents
            for (index, (ball, percent)) in zip(bin.counts, percents).enumerated() where ball.count > 0 {
                let chance = Double(ball.count) / Double(bin.total)
                if model.vocabulary.isEnd(ball.word) {
                    edges.append(Edge(from: from, to: nil, chance: chance, percent: percent, ball: index))
                } else if let to = contexts.firstIndex(of: Context(Array(context.words.dropFirst()) + [ball.word])) {
                    edges.append(Edge(from: from, to: to, chance: chance, percent: percent, ball: index))
                }
            }
        }
        return edges
    }

    /// Each context's `count` likeliest edges (ties: the table's order), kept in the
    /// table's order.
    static func likeliest(_ edges: [Edge], each count: Int) -> [Edge] {
        Dictionary(grouping: edges.enumerated(), by: \.element.from)
            .sorted { $0.key < $1.key }
            .flatMap { _, group in
                group.sorted { $0.element.chance != $1.element.chance ? $0.element.chance > $1.element.chance : $0.offset < $1.offset }
                    .prefix(count).sorted { $0.offset < $1.offset }.map(\.element)
            }
    }

    static func description(contexts: [Context], edges: [Edge], leftOut: LeftOutArrows, model: Model,
                            notes: FigureNotes) -> String {
        let alt = AltText(vocabulary: model.vocabulary)
        var sentences = ["The model as a state diagram: \(AltText.count(contexts.count, "context")) and the end token, "
            + "with an arrow for each next word, as thick as its chance."]
        for (index, context) in contexts.enumerated().prefix(BinsFigure.describedBins) {
            let out = edges.filter { $0.from == index }.map { edge in
                let target = edge.to.map { alt.words(contexts[$0].words) } ?? "the end"
                return "\(edge.percent.text) to \(edge.to == index ? "itself" : target)"
            } + (leftOut.description(of: index).map { [$0 + " not drawn"] } ?? [])
            sentences.append("From \(alt.words(context.words)): \(out.isEmpty ? "no next words" : AltText.list(out)).")
        }
        return (sentences + notes.lines).joined(separator: " ")
    }
}

import UnpluggedModel

/// The `graph` figure: the model as a state diagram. Each context is a node (its
/// stickies); an arrow goes from a context to the context it leads to, as thick as
/// the chance of that next word and labelled with it in percent; the end token is a
/// node too, where documents stop; a word that can follow itself gets a loop.
///
/// Which contexts are shown is `GraphContexts`'s choice, where they go
/// `GraphLayout`'s, how arrows bend `GraphArrows`'s and where chances are written
/// `ChanceLabels`'s; this file puts them together with the notes and the alt text.
public enum GraphFigure {
    static let margin = 20.0
    /// With more arrows than this, each context keeps only its likeliest few.
    static let edgeLimit = 36
    static let edgesPerContextWhenCrowded = 2

    /// - Throws: `InputError` (the `prompt` option's) for a prompt word the model lacks.
    public static func figure(of model: Model, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let shown = try GraphContexts(model: model, prompt: options.prompt, top: options.topWords)
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
        let layout: GraphLayout
        if let steps = shown.steps {
            layout = .steps(steps, sizes: sizes, endSize: endSize)
        } else if model.contextLength == 1 {
            layout = .ring(sizes: sizes, endSize: endSize)
        } else if GraphLayout.gridIsSparse(contexts) {
            let flow = GraphFlow(count: contexts.count, arrows: allEdges.compactMap { edge in edge.to.map { (edge.from, $0) } },
                                 fullness: contexts.map { model.bin(for: $0).total },
                                 start: model.hasStartBin ? contexts.firstIndex(of: model.startContext) : nil)
            let canEnd = contexts.indices.map { index in allEdges.contains { $0.from == index && $0.to == nil } }
            layout = .flow(flow, sizes: sizes, canEnd: canEnd, endSize: endStickySize)
        } else {
            layout = .grid(contexts: contexts, sizes: sizes, endSize: endStickySize)
        }
        let likelyEnough = allEdges.filter { $0.chance >= options.minimumChance }
        let chosen = likeliest(likelyEnough, each: options.topWords)
        let crowded = chosen.count > edgeLimit
        let edges = crowded ? likeliest(chosen, each: edgesPerContextWhenCrowded) : chosen
        let endingContexts = Array(Set(edges.filter { $0.to == nil }.map(\.from))).sorted()
        let obstacles = layout.frames + (layout.sharedEnd.map { [$0] } ?? endingContexts.map { layout.endFrames[$0] })

        var placement = ChanceLabels(nodes: obstacles)
        var arrows: [GraphDrawing.NamedArrow] = []
        var chances: [GraphDrawing.Chance] = []
        let thinnestFirst = edges.enumerated().sorted { $0.element.chance != $1.element.chance
            ? $0.element.chance < $1.element.chance : $0.offset < $1.offset }.map(\.element)
        for edge in thinnestFirst {
            let start = layout.frames[edge.from]
            let isLoop = edge.to == edge.from
            let arrow = isLoop
                ? GraphArrows.loop(at: start, direction: layout.loopDirections[edge.from], width: edge.width, color: theme.binEdge)
                : GraphArrows.bend(from: start, to: edge.to.map { layout.frames[$0] } ?? layout.endFrames[edge.from],
                                   avoiding: obstacles, width: edge.width, color: theme.binEdge)
            arrows.append(GraphDrawing.NamedArrow(name: "arrow \(contexts[edge.from]) \(edge.percent.text)", arrow: arrow))
            let text = edge.percent.text
            if let placed = placement.place(text, along: arrow, isLoop: isLoop, measurer: measurer) {
                chances.append(GraphDrawing.Chance(text: text, placed: placed))
            }
        }
        let drawing = GraphDrawing(contexts: contexts, layout: layout, endingContexts: endingContexts, arrows: arrows,
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
            placement.shrunk > 0 ? "\(AltText.count(placement.shrunk, "chance")) written smaller, for want of room." : nil,
            placement.dropped > 0 ? "\(AltText.count(placement.dropped, "chance")) not written, for want of room; its arrow's thickness shows it." : nil,
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
        return Figure(name: name, slide: scene, on: options.page)
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

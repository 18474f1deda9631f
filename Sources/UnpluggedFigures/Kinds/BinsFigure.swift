import UnpluggedModel

/// The `bins` figure ("trained-model"): the model as balls in bins, one bin per
/// context, each labelled with its context's stickies.
public enum BinsFigure {
    public static func figure(of model: Model, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        let selection = options.contexts.isEmpty ? BinSelection(model: model, fillingUp: true, fullest: BinSelection.fullestBins)
            : try BinSelection(model: model, chosen: options.contexts)
        return Figure(name: name, slide: slideScene(of: model, options: options, selection: selection, measurer: measurer),
                      on: options.page)
    }

    /// The bins `selection` chose (a compare figure's, which may be empty), laid out at
    /// their own size in about a square grid, for a compare figure to set beside another
    /// on its slide; labels, balls and notes no smaller than `smallestText` (the compare
    /// figure's readable floor).
    static func scene(of model: Model, options: FigureOptions, selection: BinSelection, smallestText: Double = 0,
                      measurer: some TextMeasuring) -> Scene {
        let bins = selection.contexts.map(model.bin(for:))
        let writesText = WordMarks.writesText(showing: bins.flatMap { $0.context.words + $0.counts.map(\.word) },
                                              vocabulary: model.vocabulary, theme: options.theme)
        let layout = LessonLayout(wordCount: 0, binCount: bins.count, binsPerRow: LessonLayout.squareBinsPerRow(bins.count),
                                  smallestText: writesText ? smallestText : 0)
        let lesson = lessonScene(of: model, bins: bins, layout: layout, options: options, selection: selection,
                                 smallestText: smallestText, measurer: measurer)
        return lesson.scene.scene(
            title: "The trained model: \(AltText.count(bins.count, "bin"))",
            description: description(of: bins, model: model, filling: lesson.filling, selection: selection,
                                     deadEnds: lesson.deadEnds),
            vocabulary: model.vocabulary, theme: options.theme, measurer: measurer)
    }

    /// The bins `selection` chose laid out for `options.page`: in the rows and columns
    /// that show the figure largest, its text no smaller than reads from the back row
    /// there; when the legend of symbols on balls would pass `LessonScene.legendLimit`
    /// lines, the fullest bins alone, fewer until it does not (the notes and alt text
    /// say so).
    static func slideScene(of model: Model, options: FigureOptions, selection: BinSelection,
                           measurer: some TextMeasuring) -> Scene {
        var selection = selection
        while true {
            let (scene, legendLines) = readableScene(of: model, options: options, selection: selection, measurer: measurer)
            guard legendLines > LessonScene.legendLimit, selection.contexts.count > 1 else { return scene }
            selection = selection.fullest(selection.contexts.count - 1, of: model)
        }
    }

    /// The scene of `selection`'s bins, readable on the slide, and its legend's lines:
    /// in the grid (`BinGrid`) whose bins hold the fullest one ball a count when one does.
    private static func readableScene(of model: Model, options: FigureOptions, selection: BinSelection,
                                      measurer: some TextMeasuring) -> (scene: Scene, legendLines: Int) {
        let bins = selection.contexts.map(model.bin(for:))
        let writesText = WordMarks.writesText(showing: bins.flatMap { $0.context.words + $0.counts.map(\.word) },
                                              vocabulary: model.vocabulary, theme: options.theme)
        let fullest = bins.map(\.total).max() ?? 0
        let named = bins.flatMap {
            BallFilling.groups(of: $0, naming: ballNaming(options, model: model)).compactMap(\.ball.word)
        }
        // Grids of one size share a floor, and so the smallest ball that reads.
        var readableRadii: [Double: Double] = [:]
        func grid(notesHeight: Double) -> BinGrid {
            BinGrid.choosing(binCount: bins.count, fullest: fullest, page: options.page, notesHeight: notesHeight) { grid, floor in
                let smallest = readableRadii[floor] ?? Ball.readableRadius(
                    writingSymbolsOf: named, besides: bins.flatMap(\.context.words), vocabulary: model.vocabulary,
                    theme: options.theme, smallestText: floor, measurer: measurer)
                readableRadii[floor] = smallest
                return grid.balls(holding: fullest, contextLength: model.contextLength, smallestText: writesText ? floor : 0,
                                  smallestRadius: smallest)
            }
        }
        // A grid's scene is measured first, and its nodes made only for the one drawn.
        func candidate(in grid: BinGrid, floor: Double) -> Candidate {
            let layout = grid.layout(binCount: bins.count, smallestText: writesText ? floor : 0)
            let lesson = lessonScene(of: model, bins: bins, layout: layout, options: options, selection: selection,
                                     smallestText: floor, measurer: measurer)
            return Candidate(lesson: lesson.scene, filling: lesson.filling, deadEnds: lesson.deadEnds,
                             measured: lesson.scene.measured(vocabulary: model.vocabulary, theme: options.theme,
                                                             measurer: measurer))
        }
        func scene(of candidate: Candidate) -> Scene {
            candidate.lesson.scene(
                title: "The trained model: \(AltText.count(bins.count, "bin"))",
                description: description(of: bins, model: model, filling: candidate.filling, selection: selection,
                                         deadEnds: candidate.deadEnds),
                measured: candidate.measured, vocabulary: model.vocabulary, theme: options.theme, measurer: measurer)
        }
        // The notes under the bins (the key, the legend) take height the grid must leave
        // them: a first scene measures them, and the grid is chosen again with them.
        let first = grid(notesHeight: 0)
        let firstSize = first.size(binCount: bins.count)
        let notesHeight = candidate(in: first, floor: SlideFit.readableTextSize(for: firstSize, on: options.page))
            .measured.size.height - firstSize.height
        func readable(in grid: BinGrid) -> Candidate {
            let size = grid.size(binCount: bins.count)
            let start = Size(width: size.width, height: size.height + notesHeight)
            return LessonScene.readable(from: start, on: options.page, sizeOf: \.measured.size) {
                candidate(in: grid, floor: $0)
            }.made
        }
        let chosen = grid(notesHeight: notesHeight)
        let drawn = readable(in: chosen)
        let drawnScene = scene(of: drawn)
        let square = BinGrid.square(binCount: bins.count, page: options.page, notesHeight: notesHeight)
        guard chosen != square else { return (drawnScene, drawn.measured.legendLineCount) }
        // The grid was chosen with the notes as they were; in it they may wrap into more
        // lines, and text may grow past what its balls hold. The square bins then serve
        // as well.
        let squareDrawn = readable(in: square)
        let holdsBetter = drawn.filling.countsPerBall < squareDrawn.filling.countsPerBall
            && SlideFit.isReadable(drawnScene, on: options.page)
        return holdsBetter ? (drawnScene, drawn.measured.legendLineCount)
            : (scene(of: squareDrawn), squareDrawn.measured.legendLineCount)
    }

    /// A lesson scene of the bins in one grid, measured, its nodes not yet made.
    private struct Candidate {
        let lesson: LessonScene
        let filling: BallFilling
        let deadEnds: Set<Context>
        let measured: LessonScene.Measured
    }

    /// The bins figure's balls: each bin's likeliest next words, the rest pooled.
    private static func ballNaming(_ options: FigureOptions, model: Model) -> BallFilling.Naming {
        .likeliest(count: options.topWords, vocabulary: model.vocabulary)
    }

    /// The bins in `layout`, balls no smaller than `smallestText`, with their notes.
    private static func lessonScene(of model: Model, bins: [Bin], layout: LessonLayout, options: FigureOptions,
                                    selection: BinSelection, smallestText: Double, measurer: some TextMeasuring)
        -> (scene: LessonScene, filling: BallFilling, deadEnds: Set<Context>) {
        let naming = ballNaming(options, model: model)
        // Only the words balls are named after may be written as symbols on them.
        let named = bins.flatMap { BallFilling.groups(of: $0, naming: naming).compactMap(\.ball.word) }
        let filling = BallFilling(bins: bins, contextLength: model.contextLength,
                                  shape: layout.bins.first ?? BinShape(frame: Rect(x: 0, y: 0, width: 140, height: 140)),
                                  order: options.ballOrder, seed: options.seed, naming: naming,
                                  smallestRadius: Ball.readableRadius(writingSymbolsOf: named,
                                                                      besides: bins.flatMap(\.context.words),
                                                                      vocabulary: model.vocabulary, theme: options.theme,
                                                                      smallestText: smallestText, measurer: measurer))
        let deadEnds = selection.deadEnds(in: model)
        // A model counted with start padding has a bin for the start of a document: its
        // labels are end tokens, so it says "start", as in the training frames.
        let start = model.hasStartBin ? model.startContext : nil
        let drawn = zip(bins, filling.balls).map { bin, balls in
            DrawnBin(context: bin.context.words, balls: balls, isDeadEnd: deadEnds.contains(bin.context),
                     isStart: bin.context == start)
        }
        let frame = LessonFrame(document: [], marks: [], bins: drawn, links: [], ballRadius: filling.radius)
        let notes = FigureNotes([
            filling.countsPerBall > 1 ? "Key: 1 ball = \(filling.countsPerBall) counts" : nil,
            roundedAwayNote(filling),
            filling.poolsOtherWords
                ? "Grey balls: every other next word, in bins of more than \(AltText.count(options.topWords, "next word"))." : nil,
            selection.hiddenCount > 0
                ? "Showing the \(bins.count) \(options.contexts.isEmpty || bins.count < options.contexts.count ? "fullest" : "chosen") bins; \(AltText.count(selection.hiddenCount, "other bin")) not shown." : nil,
            deadEnds.isEmpty ? nil : "Dashed: a dead end, reachable but holding no balls.",
        ], smallestText: smallestText)
        return (LessonScene(frame: frame, layout: layout, notes: notes, smallestText: smallestText), filling, deadEnds)
    }

    /// What a scaled figure leaves out: next words whose counts round to no ball, so the
    /// bins seem to lack words the table shows (the alt text names them bin by bin). A
    /// short line: a note wider than the bins widens the figure, and shrinks it.
    private static func roundedAwayNote(_ filling: BallFilling) -> String? {
        guard filling.roundedAway.contains(where: { !$0.isEmpty }) else { return nil }
        return "Some rarer words have no ball at this scale."
    }

    /// Bins described one by one (the first dozen), ball by ball as drawn, with the
    /// figure's scale.
    static let describedBins = 12

    static func description(of bins: [Bin], model: Model, filling: BallFilling, selection: BinSelection,
                            deadEnds: Set<Context>) -> String {
        let alt = AltText(vocabulary: model.vocabulary)
        let contextWords = model.contextLength == 1 ? "context word" : "context of \(model.contextLength) words"
        var sentences = ["The trained model as balls in bins: \(AltText.count(bins.count, "bin")), one for each \(contextWords)."]
        if filling.countsPerBall > 1 {
            sentences.append("Each ball stands for \(filling.countsPerBall) counts.")
        }
        for ((bin, contents), roundedAway) in zip(zip(bins, filling.contents), filling.roundedAway).prefix(describedBins) {
            let contents = alt.contents(contents)
            let deadEnd = deadEnds.contains(bin.context) ? ", a dead end" : ""
            let rare = roundedAway.map { ball in
                switch ball {
                case .word(let word): alt.word(word)
                case .other: "other words"
                }
            }
            let unshown = rare.isEmpty ? "" : "; \(AltText.list(rare)) \(rare.count == 1 && roundedAway != [.other] ? "is" : "are") too rare for a ball"
            sentences.append("\(alt.bin(bin.context).capitalizedFirst) holds \(contents)\(unshown)\(deadEnd).")
        }
        if bins.count > describedBins {
            sentences.append("\(English.count(bins.count - describedBins, "more bin", "follow")).")
        }
        if selection.hiddenCount > 0 {
            sentences.append("\(English.count(selection.hiddenCount, "less full bin", "are")) not shown.")
        }
        return sentences.joined(separator: " ")
    }
}

extension String {
    /// The string with its first character upper-cased: a sentence's start.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

import UnpluggedModel

/// The `bins` figure ("trained-model"): the model as balls in bins, one bin per
/// context, each labelled with its context's stickies.
public enum BinsFigure {
    public static func figure(of model: Model, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        let selection = options.contexts.isEmpty ? BinSelection(model: model, fillingUp: true, fullest: BinSelection.fullestBins)
            : try BinSelection(model: model, chosen: options.contexts)
        return Figure(name: name, slide: scene(of: model, options: options, selection: selection, measurer: measurer),
                      on: options.page)
    }

    /// The bins `selection` chose (a compare figure's, which may be empty), laid out at
    /// their own size: the figure shows them on its slide, a compare figure beside another.
    static func scene(of model: Model, options: FigureOptions, selection: BinSelection,
                      measurer: some TextMeasuring) -> Scene {
        let bins = selection.contexts.map(model.bin(for:))
        let layout = LessonLayout(wordCount: 0, binCount: bins.count)
        let filling = BallFilling(bins: bins, contextLength: model.contextLength,
                                  shape: layout.bins.first ?? BinShape(frame: Rect(x: 0, y: 0, width: 140, height: 140)),
                                  order: options.ballOrder, seed: options.seed,
                                  naming: .likeliest(count: options.topWords, vocabulary: model.vocabulary))
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
            filling.poolsOtherWords
                ? "Grey balls: every other next word, in bins of more than \(AltText.count(options.topWords, "next word"))." : nil,
            selection.hiddenCount > 0
                ? "Showing the \(bins.count) \(options.contexts.isEmpty ? "fullest" : "chosen") bins; \(AltText.count(selection.hiddenCount, "other bin")) not shown." : nil,
            deadEnds.isEmpty ? nil : "Dashed: a dead end, reachable but holding no balls.",
        ])
        let scene = LessonScene(frame: frame, layout: layout, notes: notes).scene(
            title: "The trained model: \(AltText.count(bins.count, "bin"))",
            description: description(of: bins, model: model, filling: filling, selection: selection, deadEnds: deadEnds),
            vocabulary: model.vocabulary, theme: options.theme, measurer: measurer)
        return scene
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
        for (bin, contents) in zip(bins, filling.contents).prefix(describedBins) {
            let contents = alt.contents(contents)
            let deadEnd = deadEnds.contains(bin.context) ? ", a dead end" : ""
            sentences.append("\(alt.bin(bin.context).capitalizedFirst) holds \(contents)\(deadEnd).")
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

import UnpluggedModel

/// The `temperature` figure: one context's next-word chances at several temperatures,
/// a column each, titled "T = 0.5". Each column shows the chances as bars (the words
/// in one order, likeliest first, so columns compare row by row) and as the bin's own
/// number of balls shared out by those chances: towards 0 the likeliest word fills
/// the bin, above 1 the colours even out.
public enum TemperatureFigure {
    static let margin = 20.0
    static let headingGap = 14.0
    static let columnGap = 30.0
    static let titleFont = Font(size: 15, weight: .bold)
    static let titleGap = 8.0
    static let binGap = 16.0
    static let binSize = 140.0
    /// The balls each column's bin shares out: one for every 5%, so that every word of
    /// 5% or more has one and a bin's balls match its printed percentages within one
    /// ball, however few the counts (a bin of 2, 2, 1 and 1 balls would look the same
    /// at every temperature); one for every percent when the bin has more than
    /// `fewWords` next words, so that many rare words still differ between temperatures.
    static func ballsPerBin(words: Int) -> Int { words > fewWords ? 100 : 20 }
    static let fewWords = 5

    /// - Throws: `InputError` at the `prompt` option for a word the model lacks or a
    ///   context never seen (see `ChanceContext`).
    public static func figure(of model: Model, input: String, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let bin = try ChanceContext.bin(of: model, prompt: options.prompt, input: input)
        let words = bin.counts.map(\.word)
        let counts = bin.counts.map(\.count)
        let chances = options.temperatures.map { TemperedChances(bin: bin, temperature: $0) }
        let columns = chances.map {
            ChanceBars(words: words, ranks: counts, percentages: $0.percentages, top: options.topWords)
        }
        let ballsPerBin = Self.ballsPerBin(words: words.count)
        let tempered = chances.map { chance in
            Bin(context: bin.context, counts: zip(words, chance.balls(capacity: ballsPerBin)).map(BallCount.init))
        }
        let shape = BinShape(frame: Rect(x: 0, y: 0, width: binSize, height: binSize))
        let filling = BallFilling(bins: tempered, contextLength: model.contextLength, shape: shape,
                                  order: options.ballOrder, seed: options.seed)
        let heading = ContextHeading(context: bin.context.words)
        let marks = WordMarks(words: bin.context.words + words, vocabulary: vocabulary, theme: theme,
                              ballRadius: filling.radius, measurer: measurer)
        let labelWidth = columns.map { $0.labelWidth(vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer) }
            .max() ?? 0
        let columnWidth = max(ChanceBars.width(labelWidth: labelWidth, measurer: measurer), binSize)
        let titleHeight = measurer.measure("T = 1", font: titleFont).height
        let barsTop = margin + heading.height + headingGap + titleHeight + titleGap
        let barsHeight = columns.map(\.height).max() ?? 0
        let binTop = barsTop + barsHeight + binGap

        var nodes = [heading.node(at: Point(x: margin, y: margin), vocabulary: vocabulary, marks: marks, theme: theme,
                                  measurer: measurer)]
        for (index, (temperature, bars)) in zip(options.temperatures, columns).enumerated() {
            let left = margin + Double(index) * (columnWidth + columnGap)
            let title = "T = \(temperature.formatted)"
            let metrics = measurer.measure(title, font: titleFont)
            let shape = BinShape(frame: Rect(x: left + (columnWidth - binSize) / 2, y: binTop, width: binSize, height: binSize))
            let drawn = DrawnBin(context: bin.context.words, balls: filling.balls[index])
            nodes.append(.group(Group("column \(title)", children: [
                .text(TextRun(title, font: titleFont, color: theme.ink,
                              frame: Rect(x: left, y: barsTop - titleGap - metrics.height, width: metrics.width,
                                          height: metrics.height))),
                bars.node(at: Point(x: left, y: barsTop), labelWidth: labelWidth, vocabulary: vocabulary, marks: marks,
                          theme: theme, measurer: measurer),
                drawn.node(in: shape, radius: filling.radius, vocabulary: vocabulary, marks: marks, theme: theme,
                           measurer: measurer),
            ])))
        }
        let contentWidth = Double(columns.count) * columnWidth + Double(max(columns.count - 1, 0)) * columnGap
        let others = words.count - options.topWords
        let noteWidth = max(contentWidth, heading.width(vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer))
        let notes = FigureNotes([
            "Each bin: \(tempered.allSatisfy { $0.total == ballsPerBin } ? "" : "about ")\(ballsPerBin) balls, "
                + "one for every \(ballsPerBin == 100 ? "percent" : "\(100 / ballsPerBin)%") of chance"
                + (tempered.allSatisfy { $0.total == ballsPerBin } ? "." : "; equal chances get equal balls."),
            filling.countsPerBall > 1 ? "Key: 1 ball = \(filling.countsPerBall) counts" : nil,
            others > 0 ? "\u{201C}Other\u{201D}: the \(AltText.count(others, "less likely next word")) together." : nil,
        ] + Set(columns.compactMap(\.note)).sorted() + marks.legendLines(width: noteWidth, font: FigureNotes.font, measurer: measurer))
        let notesTop = binTop + binSize + 10
        nodes.append(notes.node(x: margin, top: notesTop, theme: theme, measurer: measurer))
        let size = Size(width: max(noteWidth, notes.width(measurer: measurer)) + 2 * margin,
                        height: notesTop + notes.height(measurer: measurer) + margin)
        let scene = Scene(size: size, background: theme.background,
                          title: "Next-word chances after \(AltText(vocabulary: vocabulary).words(bin.context.words)) at \(AltText.count(chances.count, "temperature"))",
                          description: description(of: bin, temperatures: options.temperatures, columns: columns,
                                                   balls: tempered, vocabulary: vocabulary),
                          nodes: nodes)
        return Figure(name: name, slide: scene, on: options.page)
    }

    /// "After blue, at 3 temperatures. T = 0.5: green 64%, …; its 10 balls: 6 green, … ."
    static func description(of bin: Bin, temperatures: [Double], columns: [ChanceBars], balls: [Bin],
                            vocabulary: Vocabulary) -> String {
        let alt = AltText(vocabulary: vocabulary)
        var sentences = ["Next-word chances after \(alt.words(bin.context.words)), at \(AltText.count(temperatures.count, "temperature")); the higher, the flatter."]
        for (temperature, (bars, tempered)) in zip(temperatures, zip(columns, balls)) {
            sentences.append("T = \(temperature.formatted): \(bars.description(alt: alt)); the bin holds \(alt.contents(tempered.counts)).")
        }
        return sentences.joined(separator: " ")
    }
}

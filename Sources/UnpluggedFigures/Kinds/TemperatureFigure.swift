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
    /// The balls each column's bin shares out: one for every 5%, so that every word of
    /// 5% or more has one and a bin's balls match its printed percentages within one
    /// ball, however few the counts (a bin of 2, 2, 1 and 1 balls would look the same
    /// at every temperature); one for every percent when the bin has more than
    /// `fewWords` next words, so that many rare words still differ between temperatures.
    static func ballsPerBin(words: Int) -> Int { words > fewWords ? 100 : 20 }
    static let fewWords = 5

    /// The bin sizes tried, largest first: the slide shows the one whose balls it
    /// shows largest, every text readable.
    static let binSizes: [Double] = [260, 230, 200, 170, 140, 110]

    /// - Throws: `InputError` at the `prompt` option for a word the model lacks or a
    ///   context never seen (see `ChanceContext`).
    public static func figure(of model: Model, input: String, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        let bin = try ChanceContext.bin(of: model, prompt: options.prompt, input: input)
        let words = bin.counts.map(\.word)
        let chances = options.temperatures.map { TemperedChances(bin: bin, temperature: $0) }
        let ballsPerBin = Self.ballsPerBin(words: words.count)
        // The bins when the likeliest `shown` words are named: the rest, grey, fill the bin.
        let order = bin.likeliest(words.count, in: model.vocabulary).map(\.word)
        func tempered(shown: Int) -> [Bin] {
            let named = Set(order.prefix(shown))
            return chances.map { chance in
                Bin(context: bin.context, counts: zip(words, chance.balls(capacity: ballsPerBin, naming: named)).map(BallCount.init))
            }
        }
        // The most bars (and named balls) that read from the back row, found by halving
        // (fewer bars never read worse); for that many, the bins whose balls show largest.
        // Text is never made smaller than the back row reads.
        let radii = binSizes.map { size in
            BallFilling.radius(holding: ballsPerBin, contextLength: model.contextLength,
                               shape: BinShape(frame: Rect(x: 0, y: 0, width: size, height: size)), from: size / 11)
        }
        func readable(shown: Int) -> Scene? {
            var chosen: (scene: Scene, ballPixels: Double)?
            for (binSize, radius) in zip(binSizes, radii) {
                var smallest = 0.0
                for _ in 0..<3 {
                    guard let (scene, legendLines) = layout(of: bin, model: model, chances: chances, tempered: tempered(shown: shown),
                                                            shown: shown, binSize: binSize, radius: radius,
                                                            smallestBallText: smallest, options: options,
                                                            measurer: measurer) else { break }
                    if SlideFit.isReadable(scene, on: options.page), legendLines <= maximumLegendLines {
                        let ballPixels = radius * SlideFit.factor(for: scene.size, on: options.page)
                        if chosen == nil || ballPixels > chosen!.ballPixels { chosen = (scene, ballPixels) }
                        break
                    }
                    // Words too small on their balls take their symbols; laid out again.
                    let needed = SlideFit.readableTextSize(for: scene.size, on: options.page)
                    guard needed > smallest + 1e-9 else { break }
                    smallest = needed
                }
            }
            return chosen?.scene
        }
        var (low, high) = (1, max(min(options.topWords, words.count), 1))
        var best = readable(shown: low)
        while low < high {
            let middle = (low + high + 1) / 2
            if let scene = readable(shown: middle) {
                (low, best) = (middle, scene)
            } else {
                high = middle - 1
            }
        }
        let scene = best ?? layout(of: bin, model: model, chances: chances, tempered: tempered(shown: 1), shown: 1,
                                   binSize: binSizes[0], radius: radii[0], smallestBallText: 0, options: options,
                                   measurer: measurer)!.scene
        return Figure(name: name, slide: scene, on: options.page)
    }

    /// The longest legend of symbols a slide shows; past it, fewer words are named.
    static let maximumLegendLines = 8

    /// The figure naming the likeliest `shown` words in bars and on balls (the rest:
    /// "other" bars and grey balls), with bins of `binSize`, at its own size; with
    /// its legend's lines. `radius` is the balls' (the largest the bin holds them at). Nil when the bins cannot hold their
    /// balls one for one, as the percentages need.
    static func layout(of bin: Bin, model: Model, chances: [TemperedChances], tempered: [Bin], shown: Int, binSize: Double,
                       radius: Double, smallestBallText: Double, options: FigureOptions,
                       measurer: some TextMeasuring) -> (scene: Scene, legendLines: Int)? {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let words = bin.counts.map(\.word)
        let counts = bin.counts.map(\.count)
        let columns = chances.map {
            ChanceBars(words: words, ranks: counts, percentages: $0.percentages, top: shown)
        }
        let ballsPerBin = Self.ballsPerBin(words: words.count)
        let shape = BinShape(frame: Rect(x: 0, y: 0, width: binSize, height: binSize))
        // Balls grouped by word, so how the temperature moves them between words shows.
        let filling = BallFilling(bins: tempered, contextLength: model.contextLength, shape: shape, order: .grouped,
                                  seed: options.seed, naming: .chosen(Array(bin.likeliest(shown, in: vocabulary).map(\.word))),
                                  largestRadius: radius)
        guard filling.countsPerBall == 1 else { return nil }
        let heading = ContextHeading(context: bin.context.words)
        let named = Set(filling.contents.flatMap { $0.compactMap { if case .word(let word) = $0.ball { word } else { nil } } })
        let marks = WordMarks(words: bin.context.words + words, ballWords: words.filter(named.contains), vocabulary: vocabulary,
                              theme: theme, ballRadius: filling.radius, smallestText: smallestBallText, measurer: measurer)
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
        let others = words.count - shown
        let noteWidth = max(contentWidth, heading.width(vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer))
        let legend = marks.legendLines(width: noteWidth, font: FigureNotes.font, measurer: measurer)
        let exact = tempered.allSatisfy { $0.total == ballsPerBin }
        let notes = FigureNotes([
            "Each bin: \(exact ? "" : "about ")\(ballsPerBin) balls, "
                + "one for every \(ballsPerBin == 100 ? "percent" : "\(100 / ballsPerBin)%") of chance"
                + (exact ? "." : "; equal chances get equal balls."),
            others > 0 ? "\u{201C}Other\u{201D} and grey balls: the \(AltText.count(others, "less likely next word")) together." : nil,
        ] + Set(columns.compactMap(\.note)).sorted() + legend)
        let notesTop = binTop + binSize + 10
        nodes.append(notes.node(x: margin, top: notesTop, theme: theme, measurer: measurer))
        let size = Size(width: max(noteWidth, notes.width(measurer: measurer)) + 2 * margin,
                        height: notesTop + notes.height(measurer: measurer) + margin)
        let scene = Scene(size: size, background: theme.background,
                          title: "Next-word chances after \(AltText(vocabulary: vocabulary).words(bin.context.words)) at \(AltText.count(chances.count, "temperature"))",
                          description: description(of: bin, temperatures: options.temperatures, columns: columns,
                                                   balls: filling.contents, vocabulary: vocabulary),
                          nodes: nodes)
        return (scene, legend.count)
    }

    /// "After blue, at 3 temperatures. T = 0.5: green 64%, …; its 10 balls: 6 green, … ."
    static func description(of bin: Bin, temperatures: [Double], columns: [ChanceBars],
                            balls: [[(ball: DrawnBall, count: Int)]], vocabulary: Vocabulary) -> String {
        let alt = AltText(vocabulary: vocabulary)
        var sentences = ["Next-word chances after \(alt.words(bin.context.words)), at \(AltText.count(temperatures.count, "temperature")); the higher, the flatter."]
        for (temperature, (bars, tempered)) in zip(temperatures, zip(columns, balls)) {
            sentences.append("T = \(temperature.formatted): \(bars.description(alt: alt)); the bin holds \(alt.contents(tempered)).")
        }
        return sentences.joined(separator: " ")
    }
}

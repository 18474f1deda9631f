import UnpluggedModel

/// The `chances` figure: what the model says comes next after a prompt, as bars
/// sorted likeliest first, each with its word's sticky and whole percentage (the
/// table's, by largest remainder); the likeliest `top` words, and "other" for the rest.
public enum ChancesFigure {
    static let margin = 20.0
    static let headingGap = 14.0

    /// - Throws: `InputError` at the `prompt` option for a word the model lacks or a
    ///   context never seen (see `ChanceContext`).
    public static func figure(of model: Model, input: String, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let bin = try ChanceContext.bin(of: model, prompt: options.prompt, input: input)
        let counts = bin.counts.map(\.count)
        let bars = ChanceBars(words: bin.counts.map(\.word), ranks: counts, percentages: Percentages(counts),
                              top: options.topWords)
        let heading = ContextHeading(context: bin.context.words)
        let marks = WordMarks(words: bin.context.words + bars.rows.compactMap(\.word), vocabulary: vocabulary, theme: theme,
                              ballRadius: nil, measurer: measurer)
        let labelWidth = bars.labelWidth(vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer)
        let barsTop = margin + heading.height + headingGap
        var nodes = [
            heading.node(at: Point(x: margin, y: margin), vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer),
            bars.node(at: Point(x: margin, y: barsTop), labelWidth: labelWidth, vocabulary: vocabulary, marks: marks,
                      theme: theme, measurer: measurer),
        ]
        let others = bin.counts.count - options.topWords
        let notes = FigureNotes([others > 0 ? "\u{201C}Other\u{201D}: the \(AltText.count(others, "less likely next word")) together." : nil,
                                  bars.note])
        let notesTop = barsTop + bars.height + 10
        if !notes.lines.isEmpty {
            nodes.append(notes.node(x: margin, top: notesTop, theme: theme, measurer: measurer))
        }
        let width = max(heading.width(vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer),
                        ChanceBars.width(labelWidth: labelWidth, measurer: measurer), notes.width(measurer: measurer))
        let size = Size(width: width + 2 * margin,
                        height: (notes.lines.isEmpty ? barsTop + bars.height : notesTop + notes.height(measurer: measurer)) + margin)
        let alt = AltText(vocabulary: vocabulary)
        let scene = Scene(size: size, background: theme.background,
                          title: "Next-word chances after \(alt.words(bin.context.words))",
                          description: "After \(alt.words(bin.context.words)): \(bars.description(alt: alt)).",
                          nodes: nodes)
        return Figure(name: name, slide: scene, on: options.page)
    }
}

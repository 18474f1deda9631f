import UnpluggedModel

/// The `table` figure: the probability table, a row per context (its label stickies
/// on the left) and a column per next word (a sticky on top), each cell the chance of
/// that word after that context, as percent, fraction or count, optionally shaded.
public enum TableFigure {
    static let margin = 20.0
    static let rowHeight = 30.0
    static let headerHeight = 36.0
    static let stickyHeight = 22.0
    static let stickyGap = 3.0
    static let cellPadding = 8.0
    static let valueFont = Font(size: 13)
    static let otherFont = Font(size: 13, weight: .bold)

    public static func figure(of model: Model, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) -> Figure {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let selection = BinSelection(model: model, fillingUp: true)
        let bins = selection.contexts.map(model.bin(for:))
        let columns = TableColumns(vocabulary: vocabulary, bins: bins, top: options.topWords)
        let cells = bins.map { cellTexts(columns.counts(of: $0), values: options.values) }

        // Widths: the row header fits the widest context's stickies; each column fits its
        // sticky and its widest value.
        let labelWidth = { (word: String) in
            Sticky(word: word, vocabulary: vocabulary).width(forHeight: stickyHeight, theme: theme, measurer: measurer)
        }
        let headerWidth = bins.map { bin in
            bin.context.words.map(labelWidth).reduce(0, +) + Double(max(bin.context.words.count - 1, 0)) * stickyGap
        }.max() ?? 0
        let columnHeaders = columns.words.map(labelWidth) + (columns.hasOther ? [measurer.measure("other", font: otherFont).width] : [])
        let columnWidths = columnHeaders.indices.map { column in
            max(columnHeaders[column], cells.map { measurer.measure($0[column], font: valueFont).width }.max() ?? 0)
                + 2 * cellPadding
        }
        let left = margin + headerWidth + 2 * cellPadding
        let tableWidth = left + columnWidths.reduce(0, +) - margin
        let tableBottom = margin + headerHeight + Double(bins.count) * rowHeight

        var nodes: [Node] = []
        var x = left
        var headers: [Node] = []
        for (column, width) in columnWidths.enumerated() {
            let centre = x + width / 2
            if column < columns.words.count {
                let word = columns.words[column]
                let frame = Rect(x: centre - columnHeaders[column] / 2, y: margin + (headerHeight - stickyHeight) / 2 - 2,
                                 width: columnHeaders[column], height: stickyHeight)
                headers.append(Sticky(word: word, vocabulary: vocabulary).node(in: frame, theme: theme, measurer: measurer, shadow: false))
            } else {
                headers.append(text("other", font: otherFont, centredAt: Point(x: centre, y: margin + headerHeight / 2 - 2),
                                    color: theme.ink, measurer: measurer))
            }
            x += width
        }
        nodes.append(.group(Group("column headers", children: headers)))

        let peak = Double(bins.map { columns.counts(of: $0).max() ?? 0 }.max() ?? 0)
        for (row, bin) in bins.enumerated() {
            let top = margin + headerHeight + Double(row) * rowHeight
            var children: [Node] = []
            var labelX = margin + cellPadding
            for word in bin.context.words {
                let width = labelWidth(word)
                children.append(Sticky(word: word, vocabulary: vocabulary).node(
                    in: Rect(x: labelX, y: top + (rowHeight - stickyHeight) / 2, width: width, height: stickyHeight),
                    theme: theme, measurer: measurer, shadow: false))
                labelX += width + stickyGap
            }
            var cellX = left
            let counts = columns.counts(of: bin)
            for (column, width) in columnWidths.enumerated() {
                if options.shading, bin.total > 0, counts[column] > 0 {
                    // Shaded by chance within the row (or by count, for counts, against the largest cell).
                    let share = options.values == .counts ? Double(counts[column]) / max(peak, 1)
                        : Double(counts[column]) / Double(bin.total)
                    var tint = theme.ink
                    tint.alpha = 0.06 + 0.3 * share
                    children.append(.rectangle(Rect(x: cellX + 1, y: top + 1, width: width - 2, height: rowHeight - 2),
                                               cornerRadius: 3, style: Style(fill: tint)))
                }
                children.append(text(cells[row][column], font: valueFont,
                                      centredAt: Point(x: cellX + width / 2, y: top + rowHeight / 2),
                                      color: theme.ink, measurer: measurer))
                cellX += width
            }
            nodes.append(.group(Group("row " + bin.context.description, children: children)))
        }
        // Rules under the header and between rows, as a printed table.
        var rules: [Node] = []
        for line in 0...bins.count {
            let y = margin + headerHeight + Double(line) * rowHeight
            var path = Path()
            path.move(to: Point(x: margin, y: y))
            path.line(to: Point(x: margin + tableWidth, y: y))
            rules.append(.path(path, style: Style(stroke: Stroke(theme.previous, width: line == 0 ? 1.5 : 1))))
        }
        nodes.insert(.group(Group("rules", children: rules)), at: 0)

        let notes = FigureNotes([
            columns.hasOther ? "Columns: the \(columns.words.count) likeliest next words; \u{201C}other\u{201D} is all the rest." : nil,
            selection.hiddenCount > 0 ? "Rows: the \(bins.count) fullest contexts; \(AltText.count(selection.hiddenCount, "other row")) not shown." : nil,
        ])
        let notesTop = tableBottom + 10
        if !notes.lines.isEmpty {
            nodes.append(notes.node(x: margin, top: notesTop, theme: theme, measurer: measurer))
        }
        let size = Size(width: max(tableWidth, notes.width(measurer: measurer)) + 2 * margin,
                        height: (notes.lines.isEmpty ? tableBottom : notesTop + notes.height(measurer: measurer)) + margin)
        let scene = Scene(size: size, background: theme.background,
                          title: "The probability table (\(options.values.rawValue))",
                          description: description(bins: bins, columns: columns, model: model, options: options),
                          nodes: nodes)
        return Figure(name: name, scene: scene)
    }

    /// A row's cells: whole percentages adding up to 100, fractions of the row's
    /// total, or the counts; "–" across a row with no balls.
    public static func cellTexts(_ counts: [Int], values: FigureOptions.TableValues) -> [String] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in "\u{2013}" } }
        switch values {
        case .percent: return Percentages.whole(counts).map { "\($0)%" }
        case .fraction: return counts.map { "\($0)/\(total)" }
        case .counts: return counts.map(String.init)
        }
    }

    private static func text(_ string: String, font: Font, centredAt centre: Point, color: Color,
                             measurer: some TextMeasuring) -> Node {
        let metrics = measurer.measure(string, font: font)
        return .text(TextRun(string, font: font, color: color,
                             frame: Rect(x: centre.x - metrics.width / 2, y: centre.y - metrics.height / 2,
                                         width: metrics.width, height: metrics.height)))
    }

    static let describedRows = 12

    static func description(bins: [Bin], columns: TableColumns, model: Model, options: FigureOptions) -> String {
        let alt = AltText(vocabulary: model.vocabulary)
        let unit = switch options.values {
        case .percent: "in percent"
        case .fraction: "as fractions"
        case .counts: "as counts"
        }
        let columnCount = columns.words.count + (columns.hasOther ? 1 : 0)
        var sentences = ["The probability table \(unit): \(AltText.count(bins.count, "row")), one per context, and "
            + "\(AltText.count(columnCount, "column")), one per next word\(columns.hasOther ? " (the likeliest, then other)" : "")."]
        let names = columns.words.map(alt.word) + (columns.hasOther ? ["other words"] : [])
        for bin in bins.prefix(describedRows) {
            let cells = cellTexts(columns.counts(of: bin), values: options.values)
            guard bin.total > 0 else {
                sentences.append("After \(alt.words(bin.context.words)): no balls yet.")
                continue
            }
            let parts = zip(cells, names).filter { $0.0 != "0%" && $0.0 != "0" && !$0.0.hasPrefix("0/") }.map { "\($0) \($1)" }
            sentences.append("After \(alt.words(bin.context.words)): \(AltText.list(parts)).")
        }
        if bins.count > describedRows {
            sentences.append("\(AltText.count(bins.count - describedRows, "more row")) follow.")
        }
        return sentences.joined(separator: " ")
    }
}

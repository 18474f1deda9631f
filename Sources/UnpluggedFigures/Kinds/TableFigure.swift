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
                              measurer: some TextMeasuring) throws -> Figure {
        let selection = options.contexts.isEmpty ? BinSelection(model: model, fillingUp: true)
            : try BinSelection(model: model, chosen: options.contexts)
        return Figure(name: name, slide: scene(of: model, options: options, selection: selection, measurer: measurer),
                      on: options.page)
    }

    /// The rows `selection` chose (a compare figure's, which may be empty), laid out at
    /// their own size: the figure shows them on its slide, a compare figure beside another.
    static func scene(of model: Model, options: FigureOptions, selection: BinSelection,
                      measurer: some TextMeasuring) -> Scene {
        let vocabulary = model.vocabulary
        let theme = options.theme
        let bins = selection.contexts.map(model.bin(for:))
        let columns = TableColumns(vocabulary: vocabulary, bins: bins, top: options.topWords)
        let rowCells = bins.map { columns.cells(of: $0, vocabulary: vocabulary) }
        let cells = rowCells.map { cellTexts(of: $0, columns: columns, vocabulary: model.vocabulary, options: options) }

        // Widths: the row header fits the widest context's stickies; each column fits its
        // header and its widest cell.
        let labelWidth = { (word: String) in
            Sticky(word: word, vocabulary: vocabulary).width(forHeight: stickyHeight, theme: theme, measurer: measurer)
        }
        let headerWidth = bins.map { bin in
            bin.context.words.map(labelWidth).reduce(0, +) + Double(max(bin.context.words.count - 1, 0)) * stickyGap
        }.max() ?? 0
        let otherWidth = measurer.measure("other", font: otherFont).width
        let columnHeaders = columns.namesWordsPerRow
            ? [Double](repeating: 0, count: columns.namedCount) + (columns.hasOther ? [otherWidth] : [])
            : columns.words.map(labelWidth)
        var columnWidths = columnHeaders.indices.map { column in
            max(columnHeaders[column], cells.map { measurer.measure($0[column], font: valueFont).width }.max() ?? 0)
                + 2 * cellPadding
        }
        // The named cells share one heading, as wide as they are together at least.
        let namedHeading = (columns.hasOther ? "likeliest " : "") + (columns.namedCount == 1 ? "next word" : "next words")
        if columns.namesWordsPerRow, columns.namedCount > 0 {
            let needed = measurer.measure(namedHeading, font: otherFont).width + 2 * cellPadding
            columnWidths[columns.namedCount - 1] += max(0, needed - columnWidths.prefix(columns.namedCount).reduce(0, +))
        }
        let left = margin + headerWidth + 2 * cellPadding
        let tableWidth = left + columnWidths.reduce(0, +) - margin
        let tableBottom = margin + headerHeight + Double(bins.count) * rowHeight

        var nodes: [Node] = []
        var headers: [Node] = []
        let headerMiddle = margin + headerHeight / 2 - 2
        if columns.namesWordsPerRow {
            let namedWidth = columnWidths.prefix(columns.namedCount).reduce(0, +)
            if columns.namedCount > 0 {
                headers.append(text(namedHeading, font: otherFont, centredAt: Point(x: left + namedWidth / 2, y: headerMiddle),
                                    color: theme.ink, measurer: measurer))
            }
            if columns.hasOther {
                headers.append(text("other", font: otherFont,
                                    centredAt: Point(x: left + namedWidth + columnWidths[columns.namedCount] / 2, y: headerMiddle),
                                    color: theme.ink, measurer: measurer))
            }
        } else {
            var x = left
            for (column, width) in columnWidths.enumerated() {
                let centre = x + width / 2
                let frame = Rect(x: centre - columnHeaders[column] / 2, y: margin + (headerHeight - stickyHeight) / 2 - 2,
                                 width: columnHeaders[column], height: stickyHeight)
                headers.append(Sticky(word: columns.words[column], vocabulary: vocabulary)
                    .node(in: frame, theme: theme, measurer: measurer, shadow: false))
                x += width
            }
        }
        nodes.append(.group(Group("column headers", children: headers)))

        let peak = Double(rowCells.map { $0.map(\.count).max() ?? 0 }.max() ?? 0)
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
            for (column, width) in columnWidths.enumerated() {
                let count = rowCells[row][column].count
                if options.shading, bin.total > 0, count > 0 {
                    // Shaded by chance within the row (or by count, for counts, against the largest cell).
                    let share = options.values == .counts ? Double(count) / max(peak, 1) : Double(count) / Double(bin.total)
                    var tint = theme.ink
                    tint.alpha = 0.06 + 0.3 * share
                    children.append(.rectangle(Rect(x: cellX + 1, y: top + 1, width: width - 2, height: rowHeight - 2),
                                               cornerRadius: 3, style: Style(fill: tint)))
                }
                if !cells[row][column].isEmpty {
                    children.append(text(cells[row][column], font: valueFont,
                                         centredAt: Point(x: cellX + width / 2, y: top + rowHeight / 2),
                                         color: theme.ink, measurer: measurer))
                }
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
            !columns.namesWordsPerRow ? nil
                : columns.hasOther ? "Each row: its context\u{2019}s \(columns.namedCount) likeliest next words; \u{201C}other\u{201D} is all the rest."
                : "Each row: its context\u{2019}s next words, likeliest first.",
            selection.hiddenCount > 0
                ? "Rows: the \(bins.count) \(options.contexts.isEmpty ? "fullest" : "chosen") contexts; \(AltText.count(selection.hiddenCount, "other row")) not shown."
                : nil,
            // What each row's shown numbers add up to: an "other" cell makes 100, ties without one a little less.
            options.values == .percent
                ? Percentages.note(sums: rowCells.map { $0.filter { $0.count > 0 }.reduce(0) { $0 + $1.percent.whole } }) : nil,
        ])
        let notesTop = tableBottom + 10
        if !notes.lines.isEmpty {
            nodes.append(notes.node(x: margin, top: notesTop, theme: theme, measurer: measurer))
        }
        let size = Size(width: max(tableWidth, notes.width(measurer: measurer)) + 2 * margin,
                        height: (notes.lines.isEmpty ? tableBottom : notesTop + notes.height(measurer: measurer)) + margin)
        let scene = Scene(size: size, background: theme.background,
                          title: "The probability table (\(options.values.rawValue))",
                          description: description(bins: bins, rowCells: rowCells, columns: columns, model: model, options: options),
                          nodes: nodes)
        return scene
    }

    /// A row's cells: percentages as every figure rounds them, fractions of the row's
    /// total, or the counts. A zero is blank, so the words that can follow stand out,
    /// unless `zeros` asks for it; then a row with no balls is "–" across.
    static func cellTexts(_ cells: [TableColumns.Cell], values: FigureOptions.TableValues, zeros: Bool = false) -> [String] {
        let total = cells.reduce(0) { $0 + $1.count }
        guard total > 0 else { return cells.map { _ in zeros ? "\u{2013}" : "" } }
        return cells.map { cell in
            guard cell.count > 0 || zeros else { return "" }
            return switch values {
            case .percent: cell.percent.text
            case .fraction: "\(cell.count)/\(total)"
            case .counts: String(cell.count)
            }
        }
    }

    /// The texts of a row's cells: the values, and when rows name their own words,
    /// each named cell's word before its value ("sea 40%", "end 75%").
    static func cellTexts(of cells: [TableColumns.Cell], columns: TableColumns, vocabulary: Vocabulary,
                          options: FigureOptions) -> [String] {
        let values = cellTexts(cells, values: options.values, zeros: options.showsZeros)
        guard columns.namesWordsPerRow else { return values }
        return zip(cells.indices, values).map { column, value in
            guard column < columns.namedCount else { return value }
            return cells[column].word.map { "\(vocabulary.shownName(of: $0)) \(value)" } ?? ""
        }
    }

    private static func text(_ string: String, font: Font, centredAt centre: Point, color: Color,
                             measurer: some TextMeasuring) -> Node {
        let metrics = measurer.measure(string, font: font)
        return .text(TextRun(string, font: font, color: color,
                             frame: Rect(x: centre.x - metrics.width / 2, y: centre.y - metrics.height / 2,
                                         width: metrics.width, height: metrics.height)))
    }

    public static let describedRows = 12

    static func description(bins: [Bin], rowCells: [[TableColumns.Cell]], columns: TableColumns, model: Model,
                            options: FigureOptions) -> String {
        let alt = AltText(vocabulary: model.vocabulary)
        let unit = switch options.values {
        case .percent: "in percent"
        case .fraction: "as fractions"
        case .counts: "as counts"
        }
        var sentences = [columns.namesWordsPerRow
            ? "The probability table \(unit): \(AltText.count(bins.count, "row")), one per context, each giving "
                + (columns.hasOther ? "its context\u{2019}s \(columns.namedCount) likeliest next words, then other words."
                                    : "its context\u{2019}s next words, likeliest first.")
            : "The probability table \(unit): \(AltText.count(bins.count, "row")), one per context, and "
                + "\(AltText.count(columns.count, "column")), one per next word."]
        for (bin, cells) in zip(bins, rowCells).prefix(describedRows) {
            guard bin.total > 0 else {
                sentences.append("After \(alt.words(bin.context.words)): no balls yet.")
                continue
            }
            let values = cellTexts(cells, values: options.values, zeros: false)
            let parts = zip(cells, values).filter { $0.0.count > 0 }.map { cell, value in
                "\(value) \(cell.word.map(alt.word) ?? "other words")"
            }
            sentences.append("After \(alt.words(bin.context.words)): \(AltText.list(parts)).")
        }
        if bins.count > describedRows {
            sentences.append("\(English.count(bins.count - describedRows, "more row", "follow")).")
        }
        return sentences.joined(separator: " ")
    }
}

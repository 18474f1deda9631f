import UnpluggedModel

/// The `table` figure: the probability table, a row per context (its label stickies
/// on the left) and a column per next word (a sticky on top), each cell the chance of
/// that word after that context, as percent, fraction or count, optionally shaded.
public enum TableFigure {
    static let margin = TableContent.margin
    /// The blank between side-by-side blocks of rows.
    static let blockGap = 28.0

    /// The table on as few slides as hold its rows readably (`TableSlides`): one
    /// figure named `name` when they fit one slide, else numbered slides `name00`,
    /// `name01`, … as a sequence's frames, together covering every row once.
    public static func figures(of model: Model, named name: String, options: FigureOptions,
                               measurer: some TextMeasuring) throws -> [Figure] {
        let selection = options.contexts.isEmpty ? BinSelection(model: model, fillingUp: true)
            : try BinSelection(model: model, chosen: options.contexts)
        let bins = selection.contexts.map(model.bin(for:))
        let slides = TableSlides(rowCount: bins.count, top: options.topWords, page: options.page) { top, rowsPerBlock, blocks in
            let content = TableContent(model: model, bins: bins, top: top, options: options, measurer: measurer)
            return slide(content, rows: 0..<min(bins.count, rowsPerBlock * blocks), rowsPerBlock: rowsPerBlock, number: 0,
                         of: 1, model: model, selection: selection, options: options, measurer: measurer)
        }
        let content = TableContent(model: model, bins: bins, top: slides.top, options: options, measurer: measurer)
        let pages = slides.rows
        return pages.enumerated().map { index, rows in
            let scene = slide(content, rows: rows, rowsPerBlock: slides.rowsPerBlock, number: index, of: pages.count,
                              model: model, selection: selection, options: options, measurer: measurer)
            return Figure(name: pages.count == 1 ? name : FrameNumbering.name(name, index: index, count: pages.count),
                          slide: scene, on: options.page)
        }
    }

    /// The rows `selection` chose (a compare figure's, which may be empty) in one block,
    /// laid out at their own size: a compare figure shows it beside another.
    static func scene(of model: Model, options: FigureOptions, selection: BinSelection,
                      measurer: some TextMeasuring) -> Scene {
        let bins = selection.contexts.map(model.bin(for:))
        let content = TableContent(model: model, bins: bins, top: options.topWords, options: options, measurer: measurer)
        return slide(content, rows: 0..<bins.count, rowsPerBlock: max(bins.count, 1), number: 0, of: 1, model: model,
                     selection: selection, options: options, measurer: measurer)
    }

    /// One slide of the table: `rows` in blocks of `rowsPerBlock` side by side, each
    /// with its own column headers, and the notes under them.
    static func slide(_ content: TableContent, rows: Range<Int>, rowsPerBlock: Int, number: Int, of count: Int,
                      model: Model, selection: BinSelection, options: FigureOptions,
                      measurer: some TextMeasuring) -> Scene {
        let theme = options.theme
        let columns = content.columns
        var nodes: [Node] = []
        let blocks = stride(from: rows.lowerBound, to: rows.upperBound, by: rowsPerBlock).map {
            $0..<min($0 + rowsPerBlock, rows.upperBound)
        }
        for (index, block) in (blocks.isEmpty ? [rows] : blocks).enumerated() {
            let x = margin + Double(index) * (content.blockWidth + blockGap)
            nodes += content.block(rows: block, at: Point(x: x, y: margin), measurer: measurer)
        }
        let blockCount = max(blocks.count, 1)
        let tableWidth = Double(blockCount) * content.blockWidth + Double(blockCount - 1) * blockGap
        let tableBottom = margin + TableContent.blockHeight(rows: min(rows.count, rowsPerBlock))
        let shownCells = content.rowCells[rows]
        let notes = FigureNotes([
            !columns.namesWordsPerRow ? nil
                : columns.hasOther ? "Each row: its context\u{2019}s \(columns.namedCount) likeliest next words; \u{201C}other\u{201D} is all the rest."
                : "Each row: its context\u{2019}s next words, likeliest first.",
            count > 1 ? "Rows \(rows.lowerBound + 1)\u{2013}\(rows.upperBound) of \(content.bins.count): slide \(number + 1) of \(count)." : nil,
            selection.hiddenCount > 0
                ? "Rows: the \(content.bins.count) \(options.contexts.isEmpty ? "fullest" : "chosen") contexts; \(AltText.count(selection.hiddenCount, "other row")) not shown."
                : nil,
            // What each row's shown numbers add up to: an "other" cell makes 100, ties without one a little less.
            options.values == .percent
                ? Percentages.note(sums: shownCells.map { $0.filter { $0.count > 0 }.reduce(0) { $0 + $1.percent.whole } }) : nil,
        ])
        let notesTop = tableBottom + 10
        if !notes.lines.isEmpty {
            nodes.append(notes.node(x: margin, top: notesTop, theme: theme, measurer: measurer))
        }
        let size = Size(width: max(tableWidth, notes.width(measurer: measurer)) + 2 * margin,
                        height: (notes.lines.isEmpty ? tableBottom : notesTop + notes.height(measurer: measurer)) + margin)
        let numbered = count > 1 ? ", slide \(number + 1) of \(count)" : ""
        return Scene(size: size, background: theme.background,
                     title: "The probability table (\(options.values.rawValue))\(numbered)",
                     description: description(of: content, rows: rows, slide: number, of: count, model: model, options: options),
                     nodes: nodes)
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

    public static let describedRows = 12

    /// The whole table's shape, then the rows `rows` of the slide `number` of `count`,
    /// the first `describedRows` of them cell by cell.
    static func description(of content: TableContent, rows: Range<Int>, slide number: Int, of count: Int, model: Model,
                            options: FigureOptions) -> String {
        let (columns, bins, rowCells) = (content.columns, Array(content.bins[rows]), Array(content.rowCells[rows]))
        let rowCount = content.bins.count
        let alt = AltText(vocabulary: model.vocabulary)
        let unit = switch options.values {
        case .percent: "in percent"
        case .fraction: "as fractions"
        case .counts: "as counts"
        }
        var sentences = [columns.namesWordsPerRow
            ? "The probability table \(unit): \(AltText.count(rowCount, "row")), one per context, each giving "
                + (columns.hasOther ? "its context\u{2019}s \(columns.namedCount) likeliest next words, then other words."
                                    : "its context\u{2019}s next words, likeliest first.")
            : "The probability table \(unit): \(AltText.count(rowCount, "row")), one per context, and "
                + "\(AltText.count(columns.count, "column")), one per next word."]
        if count > 1 {
            sentences.append("Slide \(number + 1) of \(count) shows rows \(rows.lowerBound + 1) to \(rows.upperBound).")
        }
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

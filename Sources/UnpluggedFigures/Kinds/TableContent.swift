import UnpluggedModel

/// A probability table measured once for all its rows: its columns, its cells' texts
/// and the widths they need. A table that flows into side-by-side blocks, or over
/// numbered slides, draws every block from this one measure, so each block has the
/// same columns at the same widths and rows compare from block to block and slide to slide.
struct TableContent {
    let bins: [Bin]
    let columns: TableColumns
    /// Per row, its cells as counted; per row, the texts written in them.
    let rowCells: [[TableColumns.Cell]]
    let cells: [[String]]
    /// The width of the row labels' stickies, the widest context's.
    let labelWidth: Double
    /// Per column, the width of its heading (a sticky, "other", or 0 under a shared heading).
    let columnHeaders: [Double]
    let columnWidths: [Double]
    /// The heading over the cells that name their own words: "likeliest next words".
    let namedHeading: String
    private let vocabulary: Vocabulary
    private let options: FigureOptions

    static let margin = 20.0
    static let rowHeight = 30.0
    static let headerHeight = 36.0
    static let stickyHeight = 22.0
    static let stickyGap = 3.0
    static let cellPadding = 8.0
    static let valueFont = Font(size: 13)
    static let otherFont = Font(size: 13, weight: .bold)

    /// - Parameter top: how many cells of a row name their own word, when rows do
    ///   (`TableColumns`); a slide too narrow for the `top` option's shows fewer.
    init(model: Model, bins: [Bin], top: Int, options: FigureOptions, measurer: some TextMeasuring) {
        let vocabulary = model.vocabulary
        self.vocabulary = vocabulary
        self.options = options
        self.bins = bins
        columns = TableColumns(vocabulary: vocabulary, bins: bins, top: top)
        rowCells = bins.map { [columns] in columns.cells(of: $0, vocabulary: vocabulary) }
        cells = rowCells.map { [columns] in TableFigure.cellTexts(of: $0, columns: columns, vocabulary: vocabulary, options: options) }

        // Widths: the row header fits the widest context's stickies; each column fits its
        // header and its widest cell.
        let theme = options.theme
        let stickyWidth = { (word: String) in
            Sticky(word: word, vocabulary: vocabulary).width(forHeight: Self.stickyHeight, theme: theme, measurer: measurer)
        }
        labelWidth = bins.map { bin in
            bin.context.words.map(stickyWidth).reduce(0, +) + Double(max(bin.context.words.count - 1, 0)) * Self.stickyGap
        }.max() ?? 0
        let otherWidth = measurer.measure("other", font: Self.otherFont).width
        columnHeaders = columns.namesWordsPerRow
            ? [Double](repeating: 0, count: columns.namedCount) + (columns.hasOther ? [otherWidth] : [])
            : columns.words.map(stickyWidth)
        var widths = columnHeaders.indices.map { [columnHeaders, cells] column in
            max(columnHeaders[column], cells.map { measurer.measure($0[column], font: Self.valueFont).width }.max() ?? 0)
                + 2 * Self.cellPadding
        }
        // The named cells share one heading, as wide as they are together at least.
        namedHeading = (columns.hasOther ? "likeliest " : "") + (columns.namedCount == 1 ? "next word" : "next words")
        if columns.namesWordsPerRow, columns.namedCount > 0 {
            let needed = measurer.measure(namedHeading, font: Self.otherFont).width + 2 * Self.cellPadding
            widths[columns.namedCount - 1] += max(0, needed - widths.prefix(columns.namedCount).reduce(0, +))
        }
        columnWidths = widths
    }

    /// The width of a block of rows: labels, then cells.
    var blockWidth: Double { labelWidth + 2 * Self.cellPadding + columnWidths.reduce(0, +) }

    /// The height of a block of `rows` rows under its column headers.
    static func blockHeight(rows: Int) -> Double { headerHeight + Double(rows) * rowHeight }

    /// Rows `rows` as a block with its own column headers and rules, its top left
    /// corner at `origin`.
    func block(rows: Range<Int>, at origin: Point, measurer: some TextMeasuring) -> [Node] {
        let theme = options.theme
        let left = origin.x + labelWidth + 2 * Self.cellPadding
        var nodes: [Node] = []
        var headers: [Node] = []
        let headerMiddle = origin.y + Self.headerHeight / 2 - 2
        if columns.namesWordsPerRow {
            let namedWidth = columnWidths.prefix(columns.namedCount).reduce(0, +)
            if columns.namedCount > 0 {
                headers.append(text(namedHeading, font: Self.otherFont, centredAt: Point(x: left + namedWidth / 2, y: headerMiddle),
                                    color: theme.ink, measurer: measurer))
            }
            if columns.hasOther {
                headers.append(text("other", font: Self.otherFont,
                                    centredAt: Point(x: left + namedWidth + columnWidths[columns.namedCount] / 2, y: headerMiddle),
                                    color: theme.ink, measurer: measurer))
            }
        } else {
            var x = left
            for (column, width) in columnWidths.enumerated() {
                let centre = x + width / 2
                let frame = Rect(x: centre - columnHeaders[column] / 2,
                                 y: origin.y + (Self.headerHeight - Self.stickyHeight) / 2 - 2,
                                 width: columnHeaders[column], height: Self.stickyHeight)
                headers.append(Sticky(word: columns.words[column], vocabulary: vocabulary)
                    .node(in: frame, theme: theme, measurer: measurer, shadow: false))
                x += width
            }
        }
        nodes.append(.group(Group("column headers", children: headers)))

        let peak = Double(rowCells.map { $0.map(\.count).max() ?? 0 }.max() ?? 0)
        for (line, row) in rows.enumerated() {
            let bin = bins[row]
            let top = origin.y + Self.headerHeight + Double(line) * Self.rowHeight
            var children: [Node] = []
            var labelX = origin.x + Self.cellPadding
            for word in bin.context.words {
                let sticky = Sticky(word: word, vocabulary: vocabulary)
                let width = sticky.width(forHeight: Self.stickyHeight, theme: theme, measurer: measurer)
                children.append(sticky.node(
                    in: Rect(x: labelX, y: top + (Self.rowHeight - Self.stickyHeight) / 2, width: width, height: Self.stickyHeight),
                    theme: theme, measurer: measurer, shadow: false))
                labelX += width + Self.stickyGap
            }
            var cellX = left
            for (column, width) in columnWidths.enumerated() {
                let count = rowCells[row][column].count
                if options.shading, bin.total > 0, count > 0 {
                    // Shaded by chance within the row (or by count, for counts, against the largest cell).
                    let share = options.values == .counts ? Double(count) / max(peak, 1) : Double(count) / Double(bin.total)
                    var tint = theme.ink
                    tint.alpha = 0.06 + 0.3 * share
                    children.append(.rectangle(Rect(x: cellX + 1, y: top + 1, width: width - 2, height: Self.rowHeight - 2),
                                               cornerRadius: 3, style: Style(fill: tint)))
                }
                if !cells[row][column].isEmpty {
                    children.append(text(cells[row][column], font: Self.valueFont,
                                         centredAt: Point(x: cellX + width / 2, y: top + Self.rowHeight / 2),
                                         color: theme.ink, measurer: measurer))
                }
                cellX += width
            }
            nodes.append(.group(Group("row " + bin.context.description, children: children)))
        }
        // Rules under the header and between rows, as a printed table.
        var rules: [Node] = []
        for line in 0...rows.count {
            let y = origin.y + Self.headerHeight + Double(line) * Self.rowHeight
            var path = Path()
            path.move(to: Point(x: origin.x, y: y))
            path.line(to: Point(x: origin.x + blockWidth, y: y))
            rules.append(.path(path, style: Style(stroke: Stroke(theme.previous, width: line == 0 ? 1.5 : 1))))
        }
        nodes.insert(.group(Group("rules", children: rules)), at: 0)
        return nodes
    }

    private func text(_ string: String, font: Font, centredAt centre: Point, color: Color,
                      measurer: some TextMeasuring) -> Node {
        let metrics = measurer.measure(string, font: font)
        return .text(TextRun(string, font: font, color: color,
                             frame: Rect(x: centre.x - metrics.width / 2, y: centre.y - metrics.height / 2,
                                         width: metrics.width, height: metrics.height)))
    }
}

import UnpluggedModel

/// A printed table of the handout: one row per context (its stickies and words), one
/// column per next word (headed by the word's sticky or ball, symbol on it, and its
/// text), then any columns of notes. The kit list, the tally sheet, the probability
/// table and the dice table are all this table with other cells.
///
/// Rows are blocks for a `PageFlow`, so a long table continues on the next page under
/// its headings again; columns that do not fit the page's width are split into
/// several tables, each repeating the context column.
struct HandoutTable: Sendable {
    /// What heads a column.
    enum Heading: Sendable {
        /// A next word, shown as a key of its sticky's colour and symbol (tally, table and dice sheets).
        case sticky(String)
        /// A next word, shown as one of its balls (the kit list counts balls).
        case ball(String)
        /// A column of notes ("re-roll", "off by").
        case text(String)
    }

    /// What heads a row.
    enum Label: Sendable {
        case context(Context)
        case text(String)
    }

    struct Row: Sendable {
        var label: Label
        /// One cell per heading; empty for a blank cell (the tally sheet's).
        var cells: [String]
        /// Written in bold: the totals of the kit list.
        var isTotal = false
    }

    /// A table narrow enough for the page: its heading row and its rows.
    struct Part {
        var header: Block
        var rows: [Block]
    }

    var headings: [Heading]
    var rows: [Row]
    /// The height of a row; the tally sheet's are tall enough to write marks in.
    var rowHeight = 24.0

    static let labelStickyHeight = 16.0
    static let headerHeight = 42.0
    static let cellFont = HandoutSheet.bodyFont
    static let labelFont = Font(size: 9)
    static let headingFont = Font(size: 8, weight: .bold)
    /// The widest a context's words may be written before they are cut with "…".
    static let maximumLabelText = 150.0
    static let maximumHeadingText = 80.0

    /// The table cut into parts that fit `sheet`'s width, in order.
    func parts(on sheet: HandoutSheet) -> [Part] {
        let labelWidth = self.labelWidth(on: sheet)
        let widths = headings.indices.map { columnWidth($0, on: sheet) }
        var groups: [[Int]] = [[]]
        var used = labelWidth
        for column in headings.indices {
            if !groups[groups.count - 1].isEmpty, used + widths[column] > sheet.body.width {
                groups.append([])
                used = labelWidth
            }
            groups[groups.count - 1].append(column)
            used += widths[column]
        }
        return groups.map { columns in
            let widths = stretched(widths, columns: columns, toFill: sheet.body.width - labelWidth)
            let rowHeight = self.rowHeight
            return Part(header: header(columns, widths: widths, labelWidth: labelWidth, on: sheet),
                        rows: rows.map { row in
                            Block(height: rowHeight,
                                  nodes: Self.row(row, columns: columns, widths: widths, labelWidth: labelWidth,
                                                  height: rowHeight, on: sheet))
                        })
        }
    }

    // MARK: Sizes

    private static var stickyWidth: Double { HandoutTable.labelStickyHeight * Sticky.aspectRatio }

    private static func labelTextWidth(_ label: Label, on sheet: HandoutSheet) -> Double {
        min(HandoutTable.maximumLabelText, sheet.width(of: label.text(on: sheet), font: HandoutTable.labelFont))
    }

    private static func stickiesWidth(_ label: Label) -> Double {
        guard case .context(let context) = label else { return 0 }
        return Double(context.words.count) * (stickyWidth + 3) + 3
    }

    private func labelWidth(on sheet: HandoutSheet) -> Double {
        Self.labelWidth(of: rows.map(\.label), on: sheet)
    }

    /// The width of the first column, which holds each row's label: the widest label's.
    static func labelWidth(of labels: some Sequence<Label>, on sheet: HandoutSheet) -> Double {
        let widest = labels.map { stickiesWidth($0) + labelTextWidth($0, on: sheet) }.max() ?? 0
        return widest + 12
    }

    /// A column's heading: its word (the end token as a reader names it), or its note.
    private func headingText(_ column: Int, on sheet: HandoutSheet) -> String {
        switch headings[column] {
        case .sticky(let word), .ball(let word): sheet.vocabulary.shownName(of: word)
        case .text(let text): text
        }
    }

    private func columnWidth(_ column: Int, on sheet: HandoutSheet) -> Double {
        let heading = min(HandoutTable.maximumHeadingText, sheet.width(of: headingText(column, on: sheet), font: HandoutTable.headingFont))
        let cells = rows.map { sheet.width(of: $0.cells[column], font: HandoutTable.cellFont) }.max() ?? 0
        return max(HandoutTable.narrowestColumn, heading + 10, cells + 14)
    }

    /// The narrowest a column is: room for a two-digit percentage and a heading's key.
    static let narrowestColumn = 46.0

    /// Whether `columns` next to a column of these labels fit across the page at the
    /// narrowest: when they do not, the table is cut into several tables side by side.
    static func fits(_ columns: Int, besides labels: some Sequence<Label>, on sheet: HandoutSheet) -> Bool {
        labelWidth(of: labels, on: sheet) + Double(columns) * narrowestColumn <= sheet.body.width
    }

    /// The widest a column grows to fill the page: wider cells only spread the table thin.
    static let widestStretchedColumn = 90.0

    /// `widths` with the given columns grown alike to fill `room`, none past
    /// `widestStretchedColumn`: a table across the page is easier to write in and read.
    private func stretched(_ widths: [Double], columns: [Int], toFill room: Double) -> [Double] {
        let used = columns.reduce(0) { $0 + widths[$1] }
        guard !columns.isEmpty, used < room else { return widths }
        let extra = (room - used) / Double(columns.count)
        var stretched = widths
        for column in columns {
            stretched[column] = max(widths[column], min(widths[column] + extra, HandoutTable.widestStretchedColumn))
        }
        return stretched
    }

    // MARK: Blocks

    private func header(_ columns: [Int], widths: [Double], labelWidth: Double, on sheet: HandoutSheet) -> Block {
        var nodes: [Node] = []
        var x = labelWidth
        for column in columns {
            let width = widths[column], centre = x + width / 2
            let text = sheet.fitting(headingText(column, on: sheet), font: HandoutTable.headingFont, width: width - 6)
            switch headings[column] {
            case .sticky(let word):
                let height = 18.0
                let frame = Rect(x: centre - height * Sticky.aspectRatio / 2, y: 3, width: height * Sticky.aspectRatio, height: height)
                nodes.append(sheet.swatch(word, in: frame))
                nodes.append(.text(sheet.text(text, font: HandoutTable.headingFont, centredOn: Point(x: centre, y: 31))))
            case .ball(let word):
                nodes.append(sheet.ball(word, at: Point(x: centre, y: 13), radius: 10))
                nodes.append(.text(sheet.text(text, font: HandoutTable.headingFont, centredOn: Point(x: centre, y: 31))))
            case .text:
                nodes.append(.text(sheet.text(text, font: HandoutTable.headingFont, centredOn: Point(x: centre, y: 28))))
            }
            x += width
        }
        var rule = Path()
        rule.move(to: Point(x: 0, y: HandoutTable.headerHeight - 1))
        rule.line(to: Point(x: x, y: HandoutTable.headerHeight - 1))
        nodes.append(.path(rule, style: Style(stroke: Stroke(sheet.theme.binEdge, width: 1.2, cap: .butt))))
        let heading = Node.group(Group("table heading", children: nodes))
        return Block(height: HandoutTable.headerHeight, nodes: [heading])
    }

    private static func row(_ row: Row, columns: [Int], widths: [Double], labelWidth: Double, height: Double,
                            on sheet: HandoutSheet) -> [Node] {
        let grid = Style(stroke: Stroke(sheet.theme.previous, width: 0.5, cap: .butt))
        let middle = height / 2
        var nodes = label(row.label, isTotal: row.isTotal, width: labelWidth, height: height, middle: middle, on: sheet)
        var x = labelWidth
        var cellFont = HandoutTable.cellFont
        if row.isTotal { cellFont.weight = .bold }
        for column in columns {
            let width = widths[column]
            nodes.append(.rectangle(Rect(x: x, y: 0, width: width, height: height), style: grid))
            if !row.cells[column].isEmpty {
                nodes.append(.text(sheet.text(row.cells[column], font: cellFont, centredOn: Point(x: x + width / 2, y: middle))))
            }
            x += width
        }
        return [.group(Group(row.label.rowName, children: nodes))]
    }

    /// A row's first cell: its context's keys and words (or its text), in a box
    /// `width` wide, centred on the line at `middle`; shared by the grids and the lists
    /// of next words.
    static func label(_ label: Label, isTotal: Bool, width: Double, height: Double, middle: Double,
                      on sheet: HandoutSheet) -> [Node] {
        let grid = Style(stroke: Stroke(sheet.theme.previous, width: 0.5, cap: .butt))
        var nodes: [Node] = [.rectangle(Rect(x: 0, y: 0, width: width, height: height), style: grid)]
        var x = 6.0
        if case .context(let context) = label {
            for word in context.words {
                let frame = Rect(x: x, y: middle - HandoutTable.labelStickyHeight / 2, width: stickyWidth,
                                 height: HandoutTable.labelStickyHeight)
                nodes.append(sheet.swatch(word, in: frame))
                x += stickyWidth + 3
            }
            x += 3
        }
        var labelFont = HandoutTable.labelFont
        if isTotal { labelFont.weight = .bold }
        let fitted = sheet.fitting(label.text(on: sheet), font: labelFont, width: HandoutTable.maximumLabelText)
        let labelHeight = sheet.measurer.measure(fitted, font: labelFont).height
        nodes.append(.text(sheet.text(fitted, font: labelFont, at: Point(x: x, y: middle - labelHeight / 2))))
        return nodes
    }
}

extension HandoutTable.Label {
    /// The label as written: a context's words ("(start)" for the start bin), or its text.
    func text(on sheet: HandoutSheet) -> String {
        switch self {
        case .context(let context): sheet.name(of: context)
        case .text(let text): text
        }
    }

    /// The name of its row's group in a scene: "row purple blue".
    var rowName: String {
        switch self {
        case .context(let context): "row \(context)"
        case .text(let text): "row \(text)"
        }
    }
}

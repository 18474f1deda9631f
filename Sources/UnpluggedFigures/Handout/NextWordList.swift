/// A handout table whose rows each list their own context's next words, for a
/// vocabulary too large for a grid (`HandoutGrid`): the context on the left, then
/// each next word's key, the word and its value (a percentage, faces of the die,
/// balls), as many to a line as fit, on more lines when they do not.
///
/// Heights come from measured widths alone, so its rows are paged before any is drawn.
struct NextWordList: Sendable {
    /// One entry of a row: a next word (or "other", "roll again" ...) and its value.
    struct Item: Sendable {
        /// What marks it: the word's sticky key, its ball, or nothing (a note).
        enum Key: Sendable {
            case sticky(String)
            case ball(String)
            case none
        }

        var key: Key
        var word: String
        var value: String
        /// Whether a blank box follows, to make tally marks in.
        var hasBox = false
    }

    struct Row: Sendable {
        var label: HandoutTable.Label
        var items: [Item]
        /// Written in bold: the kit list's balls to buy.
        var isTotal = false
    }

    /// What the column of next words is headed.
    var heading: String
    var rows: [Row]
    /// The height of a line of items; the tally sheet's are taller, to write marks in.
    var lineHeight = 24.0

    static let keyHeight = 14.0
    static let boxWidth = 54.0
    static let itemGap = 14.0
    static let headerHeight = 22.0

    /// The heading row and a block per row, laid out for `sheet`'s width.
    func blocks(on sheet: HandoutSheet) -> (header: Block, rows: [Block]) {
        let labelWidth = HandoutTable.labelWidth(of: rows.map(\.label), on: sheet)
        let room = sheet.body.width - labelWidth - 12
        let lineHeight = self.lineHeight
        let blocks = rows.map { row in
            let lines = Self.lines(of: row, room: room, on: sheet)
            let height = Double(max(1, lines.count)) * lineHeight
            return Block(height: height, nodes: Self.nodes(of: row, lines: lines, labelWidth: labelWidth, height: height,
                                                           lineHeight: lineHeight, on: sheet))
        }
        return (header(labelWidth: labelWidth, on: sheet), blocks)
    }

    private func header(labelWidth: Double, on sheet: HandoutSheet) -> Block {
        let font = HandoutTable.headingFont
        var rule = Path()
        rule.move(to: Point(x: 0, y: Self.headerHeight - 1))
        rule.line(to: Point(x: sheet.body.width, y: Self.headerHeight - 1))
        let nodes: [Node] = [.group(Group("table heading", children: [
            .text(sheet.text("context", font: font, at: Point(x: 6, y: 4))),
            .text(sheet.text(heading, font: font, at: Point(x: labelWidth + 6, y: 4))),
            .path(rule, style: Style(stroke: Stroke(sheet.theme.binEdge, width: 1.2, cap: .butt))),
        ]))]
        return Block(height: Self.headerHeight, nodes: nodes)
    }

    // MARK: Items

    private static var keyWidth: Double { keyHeight * Sticky.aspectRatio }

    /// Values are bold, so a row reads as word, number, word, number.
    private static let valueFont = Font(size: HandoutTable.cellFont.size, weight: .bold)

    /// The item's parts from its left edge: key, word, value, box.
    private static func width(of item: Item, on sheet: HandoutSheet) -> Double {
        var width = 0.0
        if case .none = item.key {} else { width += keyWidth + 4 }
        if !item.word.isEmpty { width += sheet.width(of: item.word, font: HandoutTable.cellFont) + 4 }
        width += sheet.width(of: item.value, font: valueFont)
        if item.hasBox { width += 4 + boxWidth }
        return width
    }

    /// The row's items cut into lines no wider than `room`, each with its width.
    private static func lines(of row: Row, room: Double, on sheet: HandoutSheet) -> [[(item: Item, width: Double)]] {
        var lines: [[(item: Item, width: Double)]] = [[]]
        var used = 0.0
        for item in row.items {
            let width = Self.width(of: item, on: sheet)
            if !lines[lines.count - 1].isEmpty, used + itemGap + width > room {
                lines.append([])
                used = 0
            }
            used += (lines[lines.count - 1].isEmpty ? 0 : itemGap) + width
            lines[lines.count - 1].append((item, width))
        }
        return lines
    }

    private static func nodes(of row: Row, lines: [[(item: Item, width: Double)]], labelWidth: Double, height: Double,
                              lineHeight: Double, on sheet: HandoutSheet) -> [Node] {
        let grid = Style(stroke: Stroke(sheet.theme.previous, width: 0.5, cap: .butt))
        var nodes = HandoutTable.label(row.label, isTotal: row.isTotal, width: labelWidth, height: height,
                                       middle: lineHeight / 2, on: sheet)
        nodes.append(.rectangle(Rect(x: labelWidth, y: 0, width: sheet.body.width - labelWidth, height: height), style: grid))
        var wordFont = HandoutTable.cellFont
        if row.isTotal { wordFont.weight = .bold }
        for (number, line) in lines.enumerated() {
            let middle = (Double(number) + 0.5) * lineHeight
            var x = labelWidth + 6
            for (item, width) in line {
                let start = x
                switch item.key {
                case .sticky(let word):
                    nodes.append(sheet.swatch(word, in: Rect(x: x, y: middle - keyHeight / 2, width: keyWidth, height: keyHeight)))
                    x += keyWidth + 4
                case .ball(let word):
                    nodes.append(sheet.ball(word, at: Point(x: x + keyWidth / 2, y: middle), radius: keyHeight / 2))
                    x += keyWidth + 4
                case .none:
                    break
                }
                if !item.word.isEmpty {
                    let run = sheet.text(item.word, font: wordFont, centredOn: Point(x: 0, y: middle))
                    nodes.append(.text(sheet.text(item.word, font: wordFont, at: Point(x: x, y: run.frame.minY))))
                    x += sheet.width(of: item.word, font: HandoutTable.cellFont) + 4
                }
                let run = sheet.text(item.value, font: valueFont, centredOn: Point(x: 0, y: middle))
                nodes.append(.text(sheet.text(item.value, font: valueFont, at: Point(x: x, y: run.frame.minY))))
                if item.hasBox {
                    let boxHeight = lineHeight - 8
                    nodes.append(.rectangle(Rect(x: start + width - boxWidth, y: middle - boxHeight / 2, width: boxWidth,
                                                 height: boxHeight), style: grid))
                }
                x = start + width + itemGap
            }
        }
        return [.group(Group(row.label.rowName, children: nodes))]
    }
}

extension HandoutSection {
    /// A section that lists each context's next words: heading and explanation, then
    /// the rows, flowing onto as many pages as they need, the heading row repeated.
    static func list(_ list: NextWordList, name: String, explanation: String, on sheet: HandoutSheet) -> HandoutSection {
        var flow = PageFlow(area: sheet.body)
        flow.place(sheet.heading(name, explanation: explanation))
        let (header, rows) = list.blocks(on: sheet)
        flow.place(header, gap: HandoutSheet.gap)
        flow.continuedHeader = header
        for row in rows { flow.place(row) }
        return HandoutSection(name: name, description: explanation, pages: flow.pages)
    }
}

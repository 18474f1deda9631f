import UnpluggedModel

/// Next words as horizontal bars, likeliest first: each word's sticky, a bar as long
/// as its chance (100% is the full length, so bars of different figures and columns
/// compare) and its whole percentage.
struct ChanceBars {
    /// One bar: a word and its percentage, or, with no word, the "other" words together.
    struct Row: Hashable {
        let word: String?
        let percent: Percent
    }

    let rows: [Row]

    static let rowHeight = 26.0
    static let stickyHeight = 20.0
    static let barHeight = 14.0
    static let barLength = 150.0
    static let gap = 8.0
    static let valueFont = Font(size: 13)
    static let otherFont = Font(size: 13, weight: .bold)
    static let otherLabel = "other"

    /// The bars of a bin's words, likeliest first.
    /// - Parameters:
    ///   - words: the words, in vocabulary order.
    ///   - ranks: what orders them (the counts): larger first, ties in the given order.
    ///   - percentages: each word's percentage, as every figure rounds it.
    ///   - top: how many words get a bar of their own; the rest share one "other" bar,
    ///     whose number is theirs added up.
    init(words: [String], ranks: [Int], percentages: Percentages, top: Int) {
        let order = words.indices.sorted { ranks[$0] != ranks[$1] ? ranks[$0] > ranks[$1] : $0 < $1 }
        var rows = order.prefix(top).map { Row(word: words[$0], percent: percentages.percents[$0]) }
        if order.count > top {
            rows.append(Row(word: nil, percent: percentages.other(besides: order.prefix(top))))
        }
        self.rows = rows
        // With an "other" bar the bars add up to 100 whatever the ties.
        note = order.count > top ? nil : percentages.note
    }

    /// Why the bars do not add up to 100%, when a tie keeps them from it.
    let note: String?

    var height: Double { Double(rows.count) * ChanceBars.rowHeight }

    /// The width of the column of stickies (and "other") to the left of the bars.
    func labelWidth(vocabulary: Vocabulary, marks: WordMarks, theme: Theme, measurer: some TextMeasuring) -> Double {
        rows.map { row in
            guard let word = row.word else { return measurer.measure(ChanceBars.otherLabel, font: ChanceBars.otherFont).width }
            return Sticky(word: word, vocabulary: vocabulary, marks: marks)
                .width(forHeight: ChanceBars.stickyHeight, theme: theme, measurer: measurer)
        }.max() ?? 0
    }

    /// The whole width, labels, bars and percentages.
    static func width(labelWidth: Double, measurer: some TextMeasuring) -> Double {
        labelWidth + gap + barLength + gap / 2 + measurer.measure("100%", font: valueFont).width
    }

    /// The bars with their top left corner at `origin`.
    func node(at origin: Point, labelWidth: Double, vocabulary: Vocabulary, marks: WordMarks, theme: Theme,
              measurer: some TextMeasuring) -> Node {
        let barLeft = origin.x + labelWidth + ChanceBars.gap
        let children: [Node] = rows.enumerated().map { index, row in
            let top = origin.y + Double(index) * ChanceBars.rowHeight
            let middle = top + ChanceBars.rowHeight / 2
            var parts: [Node] = []
            // A seen word under half a percent ("<1%") still gets a sliver of a bar.
            let length = max(ChanceBars.barLength * Double(row.percent.whole) / 100, row.percent.isSeen ? 2 : 0)
            let bar = Rect(x: barLeft, y: middle - ChanceBars.barHeight / 2, width: length, height: ChanceBars.barHeight)
            if let word = row.word {
                let sticky = Sticky(word: word, vocabulary: vocabulary, marks: marks)
                let width = sticky.width(forHeight: ChanceBars.stickyHeight, theme: theme, measurer: measurer)
                parts.append(sticky.node(in: Rect(x: barLeft - ChanceBars.gap - width, y: middle - ChanceBars.stickyHeight / 2,
                                                  width: width, height: ChanceBars.stickyHeight),
                                         theme: theme, measurer: measurer, shadow: false))
                if row.percent.isSeen {
                    let edge = sticky.isEnd ? Stroke(theme.endOutline, width: 1) : Stroke(sticky.color.darkened(by: 0.18), width: 0.5)
                    parts.append(.rectangle(bar, cornerRadius: 2, style: Style(fill: sticky.color, stroke: edge)))
                }
            } else {
                let metrics = measurer.measure(ChanceBars.otherLabel, font: ChanceBars.otherFont)
                parts.append(.text(TextRun(ChanceBars.otherLabel, font: ChanceBars.otherFont, color: theme.ink,
                                           frame: Rect(x: barLeft - ChanceBars.gap - metrics.width, y: middle - metrics.height / 2,
                                                       width: metrics.width, height: metrics.height))))
                if row.percent.isSeen {
                    var grey = theme.ink
                    grey.alpha = 0.3
                    parts.append(.rectangle(bar, cornerRadius: 2, style: Style(fill: grey)))
                }
            }
            let value = row.percent.text
            let metrics = measurer.measure(value, font: ChanceBars.valueFont)
            parts.append(.text(TextRun(value, font: ChanceBars.valueFont, color: theme.ink,
                                       frame: Rect(x: barLeft + length + ChanceBars.gap / 2, y: middle - metrics.height / 2,
                                                   width: metrics.width, height: metrics.height))))
            return .group(Group("bar " + (row.word ?? ChanceBars.otherLabel), children: parts))
        }
        return .group(Group("bars", children: children))
    }

    /// "green 40%, pink 20% and other words 10%", for alt text; with the note when the
    /// row does not add up to 100.
    func description(alt: AltText) -> String {
        AltText.list(rows.map { row in "\(row.word.map(alt.word) ?? "other words") \(row.percent.text)" })
            + (note.map { " (\($0.dropLast()))" } ?? "")
    }
}

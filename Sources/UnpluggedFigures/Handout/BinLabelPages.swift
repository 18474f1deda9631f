import UnpluggedModel

/// Labels to cut out and stick on the real buckets: one per bin, large enough to read
/// across a classroom, showing the context's sticky notes (colour and symbol) and its
/// words written out: six to a page, or, for a large vocabulary's many bins
/// (`HandoutGrid`), eighteen smaller ones.
enum BinLabelPages {
    /// The height of a label six to a page, whose text is full size; US Letter's are a
    /// little shorter than A4's, and still full size.
    static let fullHeight = 200.0

    static func section(_ model: Model, grid: HandoutGrid, on sheet: HandoutSheet) -> HandoutSection {
        let columns = grid.isGrid ? 2 : 3
        let rowsPerPage = grid.isGrid ? 3.0 : 6.0
        let bins = model.bins.filter { !$0.isEmpty }
        let name = "Bin labels"
        let explanation = "Cut along the dashed lines and stick one label on each bucket. A bucket holds the balls "
            + "for the next word after its context: the word\(model.contextLength == 1 ? "" : "s") on the label."
        var flow = PageFlow(area: sheet.body)
        flow.place(sheet.heading(name, explanation: explanation))
        let gap = HandoutSheet.gap
        let size = Size(width: (sheet.body.width - gap * Double(columns - 1)) / Double(columns),
                        height: (sheet.body.height - gap * (rowsPerPage - 1)) / rowsPerPage)
        let count = bins.count
        for start in stride(from: 0, to: count, by: columns) {
            let row = bins[start..<min(start + columns, count)].map(\.context)
            flow.place(Block(height: size.height, nodes: row.enumerated().map { offset, context in
                label(for: context, number: start + offset + 1, of: count,
                      in: Rect(x: Double(offset) * (size.width + gap), y: 0, width: size.width, height: size.height),
                      on: sheet)
            }), gap: gap)
        }
        return HandoutSection(name: name, description: explanation, pages: flow.pages)
    }

    /// One label: the context's stickies side by side, as large as the label allows
    /// (up to 1.25 inches high), the words under them, and the bin's number; a label
    /// shorter than `fullHeight` (eighteen to a page) has all of it smaller alike.
    static func label(for context: Context, number: Int, of count: Int, in frame: Rect, on sheet: HandoutSheet) -> Node {
        var children = [sheet.cutLine(around: frame)]
        let words = context.words
        let scale = min(1, frame.height / fullHeight)
        let gap = 10.0, inset = 18.0 * scale
        let room = frame.width - 2 * inset
        var height = min(90, frame.height * 0.42)
        let rowWidth = { (height: Double) in Double(words.count) * height * Sticky.aspectRatio + Double(words.count - 1) * gap }
        if rowWidth(height) > room { height = (room - Double(words.count - 1) * gap) / (Double(words.count) * Sticky.aspectRatio) }
        var x = frame.center.x - rowWidth(height) / 2
        let top = frame.minY + inset
        for word in words {
            children.append(sheet.sticky(word, in: Rect(x: x, y: top, width: height * Sticky.aspectRatio, height: height)))
            x += height * Sticky.aspectRatio + gap
        }
        var font = Font(size: (24 * scale).rounded(), weight: .bold)
        let written = sheet.name(of: context)
        let measured = sheet.measurer.measure(written, font: font).width
        if measured > room { font.size = max(10, (font.size * room / measured).rounded(.down)) }
        let wordsLine = sheet.fitting(written, font: font, width: room)
        children.append(.text(sheet.text(wordsLine, font: font, centredOn: Point(x: frame.center.x, y: top + height + 26 * scale))))
        let symbols = words.map { "\(sheet.vocabulary.shownName(of: $0)) (\(sheet.vocabulary.symbol(of: $0)))" }.joined(separator: "  ·  ")
        let symbolFont = scale < 1 ? HandoutSheet.smallFont : HandoutSheet.bodyFont
        children.append(.text(sheet.text(sheet.fitting(symbols, font: symbolFont, width: room),
                                         font: symbolFont, centredOn: Point(x: frame.center.x, y: top + height + 52 * scale))))
        children.append(.text(sheet.text("bin \(number) of \(count)", font: HandoutSheet.smallFont,
                                         centredOn: Point(x: frame.center.x, y: frame.maxY - 12))))
        return .group(Group("label \(context)", children: children))
    }
}

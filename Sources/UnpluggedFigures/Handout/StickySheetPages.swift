import UnpluggedModel

/// Sticky notes to cut out (or print on coloured paper): every word at the size of a
/// real small sticky note, 2 × 1.25 inches, a row of copies per word; for a large
/// vocabulary (`HandoutGrid`), one of each word, as many to a row as fit.
enum StickySheetPages {
    /// A real note's height in points (1.25 inches); its width follows the lesson's proportions.
    static let noteHeight = 90.0
    static let captionHeight = 16.0

    static func section(_ model: Model, grid: HandoutGrid, on sheet: HandoutSheet) -> HandoutSection {
        let vocabulary = model.vocabulary
        let name = "Sticky notes"
        let explanation = "Each word at the size of a real sticky note, with its letter for black-and-white printers. "
            + "Cut them out, or print this page on paper of each colour. ■ is the end of a document."
        var flow = PageFlow(area: sheet.body)
        flow.place(sheet.heading(name, explanation: explanation))
        let gap = HandoutSheet.gap
        let height = noteHeight + captionHeight
        let widths = vocabulary.words.map { word in
            Sticky(word: word, vocabulary: vocabulary).width(forHeight: noteHeight, theme: sheet.theme, measurer: sheet.measurer)
        }
        guard grid.isGrid else {
            var row: [(word: String, width: Double)] = []
            var used = 0.0
            func placeRow() {
                let notes = row
                flow.place(Block(height: height, nodes: [.group(Group("stickies", children: notes.indices.flatMap { index in
                    let x = notes[..<index].reduce(0) { $0 + $1.width + gap }
                    return [sheet.sticky(notes[index].word, in: Rect(x: x, y: 0, width: notes[index].width, height: noteHeight)),
                            captionNode(caption(notes[index].word, in: vocabulary), at: x, width: notes[index].width + gap, on: sheet)]
                }))]), gap: gap)
                row = []
                used = 0
            }
            for (word, width) in zip(vocabulary.words, widths) {
                if !row.isEmpty, used + gap + width > sheet.body.width { placeRow() }
                used += (row.isEmpty ? 0 : gap) + width
                row.append((word, width))
            }
            if !row.isEmpty { placeRow() }
            return HandoutSection(name: name, description: explanation, pages: flow.pages)
        }
        for (word, width) in zip(vocabulary.words, widths) {
            let copies = max(1, Int((sheet.body.width + gap) / (width + gap)))
            flow.place(Block(height: height, nodes: [.group(Group("stickies \(word)", children: (0..<copies).map { copy in
                sheet.sticky(word, in: Rect(x: Double(copy) * (width + gap), y: 0, width: width, height: noteHeight))
            } + [captionNode(caption(word, in: vocabulary), at: 0, width: sheet.body.width, on: sheet)]))]), gap: gap)
        }
        return HandoutSection(name: name, description: explanation, pages: flow.pages)
    }

    /// "blue  (B)", "white  (■)  end of document".
    static func caption(_ word: String, in vocabulary: Vocabulary) -> String {
        "\(vocabulary.shownName(of: word))  (\(vocabulary.symbol(of: word)))" + (vocabulary.isEnd(word) ? "  end of document" : "")
    }

    /// A note's caption under it at `x`, cut to `width`.
    static func captionNode(_ caption: String, at x: Double, width: Double, on sheet: HandoutSheet) -> Node {
        .text(sheet.text(sheet.fitting(caption, font: HandoutSheet.smallFont, width: width),
                         font: HandoutSheet.smallFont, at: Point(x: x, y: noteHeight + 3)))
    }
}

import UnpluggedModel

/// Sticky notes to cut out (or print on coloured paper): every word at the size of a
/// real small sticky note, 2 × 1.25 inches, a row of copies per word.
enum StickySheetPages {
    /// A real note's height in points (1.25 inches); its width follows the lesson's proportions.
    static let noteHeight = 90.0

    static func section(_ vocabulary: Vocabulary, on sheet: HandoutSheet) -> HandoutSection {
        let name = "Sticky notes"
        let explanation = "Each word at the size of a real sticky note, with its letter for black-and-white printers. "
            + "Cut them out, or print this page on paper of each colour. ■ is the end of a document."
        var flow = PageFlow(area: sheet.body)
        flow.place(sheet.heading(name, explanation: explanation))
        let gap = HandoutSheet.gap
        let captionHeight = 16.0
        for word in vocabulary.words {
            let sticky = Sticky(word: word, vocabulary: vocabulary)
            let width = sticky.width(forHeight: noteHeight, theme: sheet.theme, measurer: sheet.measurer)
            let copies = max(1, Int((sheet.body.width + gap) / (width + gap)))
            var nodes: [Node] = []
            for copy in 0..<copies {
                let frame = Rect(x: Double(copy) * (width + gap), y: 0, width: width, height: noteHeight)
                nodes.append(sheet.sticky(word, in: frame))
            }
            let caption = "\(vocabulary.shownName(of: word))  (\(vocabulary.symbol(of: word)))" + (vocabulary.isEnd(word) ? "  end of document" : "")
            nodes.append(.text(sheet.text(sheet.fitting(caption, font: HandoutSheet.smallFont, width: sheet.body.width),
                                          font: HandoutSheet.smallFont, at: Point(x: 0, y: noteHeight + 3))))
            flow.place(Block(height: noteHeight + captionHeight, nodes: [.group(Group("stickies \(word)", children: nodes))]),
                       gap: gap)
        }
        return HandoutSection(name: name, description: explanation, pages: flow.pages)
    }
}

import UnpluggedModel

/// "After" and the context's stickies: the heading of a figure about one bin's next
/// words, so the reader sees which words came before.
struct ContextHeading {
    let context: [String]

    static let font = Font(size: 15, weight: .bold)
    static let stickyHeight = 24.0
    static let gap = 6.0
    static let label = "After"

    var height: Double { ContextHeading.stickyHeight }

    func width(vocabulary: Vocabulary, marks: WordMarks, theme: Theme, measurer: some TextMeasuring) -> Double {
        stickyWidths(vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer)
            .reduce(measurer.measure(ContextHeading.label, font: ContextHeading.font).width) { $0 + ContextHeading.gap + $1 }
    }

    /// The heading with its top left corner at `origin`.
    func node(at origin: Point, vocabulary: Vocabulary, marks: WordMarks, theme: Theme, measurer: some TextMeasuring) -> Node {
        let metrics = measurer.measure(ContextHeading.label, font: ContextHeading.font)
        let middle = origin.y + ContextHeading.stickyHeight / 2
        var children: [Node] = [.text(TextRun(ContextHeading.label, font: ContextHeading.font, color: theme.ink,
                                              frame: Rect(x: origin.x, y: middle - metrics.height / 2,
                                                          width: metrics.width, height: metrics.height)))]
        var x = origin.x + metrics.width
        for (word, width) in zip(context, stickyWidths(vocabulary: vocabulary, marks: marks, theme: theme, measurer: measurer)) {
            x += ContextHeading.gap
            children.append(Sticky(word: word, vocabulary: vocabulary, marks: marks)
                .node(in: Rect(x: x, y: origin.y, width: width, height: ContextHeading.stickyHeight), theme: theme,
                      measurer: measurer, shadow: false))
            x += width
        }
        return .group(Group("heading", children: children))
    }

    private func stickyWidths(vocabulary: Vocabulary, marks: WordMarks, theme: Theme, measurer: some TextMeasuring) -> [Double] {
        context.map { word in
            Sticky(word: word, vocabulary: vocabulary, marks: marks)
                .width(forHeight: ContextHeading.stickyHeight, theme: theme, measurer: measurer)
        }
    }
}

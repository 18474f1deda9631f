import UnpluggedModel

/// The `tokens` figure: how a text becomes numbers before any model sees it. Three
/// rows, read top to bottom: the text cut into tokens (a sticky each); its vocabulary,
/// sorted and numbered from 0 (each sticky over its number); and the text again as the
/// row of its tokens' numbers, each under its token's place in the first row.
public enum TokensFigure {
    /// The most tokens drawn: a longer text (a paragraph of prose) shows its first
    /// ones, as many of these as read from the back row, and says how many, so the
    /// figure stays a slide.
    public static let shownTokens = 48
    /// The stickies' height: smaller than a lone sticky's, so a sentence fits a slide.
    static let noteHeight = 56.0
    /// Rows wrap before they grow wider than this.
    static let rowWidth = 1200.0
    static let margin = 16.0
    static let gap = 10.0
    static let rowGap = 22.0
    static let headingFont = Font(size: 15, weight: .bold)
    static let numberFont = Font(size: 20, weight: .bold)
    /// The height of a box of the indices row, and of the numbers under the vocabulary.
    static let numberHeight = 34.0

    /// - Parameters:
    ///   - text: the text's tokens; only the first `shownTokens` are drawn.
    ///   - vocabulary: the reading's vocabulary, for the tokens' colours.
    ///   - source: what the text is, for the title: "the built-in lesson's document".
    public static func figure(of text: TokenizedText, vocabulary: Vocabulary, source: String, named name: String,
                              options: FigureOptions, measurer: some TextMeasuring) -> Figure {
        // The most tokens whose figure reads from the back row, found by halving: fewer never read worse.
        let scene = { (count: Int) in
            self.scene(of: text, showing: count, vocabulary: vocabulary, source: source, options: options, measurer: measurer)
        }
        var (low, high) = (1, min(text.tokens.count, shownTokens))
        var best = scene(low)
        while low < high {
            let middle = (low + high + 1) / 2
            let tried = scene(middle)
            if SlideFit.isReadable(tried, on: options.page) {
                (low, best) = (middle, tried)
            } else {
                high = middle - 1
            }
        }
        return Figure(name: name, slide: best, on: options.page)
    }

    /// The figure of the text's first `count` tokens, at its own size.
    static func scene(of text: TokenizedText, showing count: Int, vocabulary: Vocabulary, source: String,
                      options: FigureOptions, measurer: some TextMeasuring) -> Scene {
        let shown = text.tokens.count > count ? TokenizedText(tokens: Array(text.tokens.prefix(count))) : text
        let theme = options.theme
        let marks = WordMarks(words: shown.vocabulary, vocabulary: vocabulary, theme: theme, ballRadius: nil,
                              writesEveryWord: true, measurer: measurer)
        let stickies = { (words: [String]) in words.map { Sticky(word: $0, vocabulary: vocabulary, marks: marks) } }
        let tokenStickies = stickies(shown.tokens)
        let vocabularyStickies = stickies(shown.vocabulary)
        let tokenWidths = tokenStickies.map { $0.width(forHeight: noteHeight, theme: theme, measurer: measurer) }
        let vocabularyWidths = vocabularyStickies.map {
            max($0.width(forHeight: noteHeight, theme: theme, measurer: measurer),
                measurer.measure(String(shown.vocabulary.count - 1), font: numberFont).width)
        }
        var nodes: [Node] = []
        var y = margin
        var right = 0.0

        func heading(_ title: String) {
            let metrics = measurer.measure(title, font: headingFont)
            nodes.append(.text(TextRun(title, font: headingFont, color: theme.ink,
                                       frame: Rect(x: margin, y: y, width: metrics.width, height: metrics.height))))
            right = max(right, margin + metrics.width)
            y += metrics.height + 6
        }
        /// Places items of `widths` in rows from `y`, each row `height` tall; returns their frames.
        func flow(_ widths: [Double], height: Double) -> [Rect] {
            var x = margin
            var frames: [Rect] = []
            for width in widths {
                if x > margin, x + width > margin + rowWidth {
                    x = margin
                    y += height + gap
                }
                frames.append(Rect(x: x, y: y, width: width, height: height))
                right = max(right, x + width)
                x += width + gap
            }
            y += height
            return frames
        }
        func number(_ value: Int, centredIn frame: Rect) -> Node {
            let label = String(value)
            let metrics = measurer.measure(label, font: numberFont)
            return .text(TextRun(label, font: numberFont, color: theme.ink,
                                 frame: Rect(x: frame.center.x - metrics.width / 2, y: frame.center.y - metrics.height / 2,
                                             width: metrics.width, height: metrics.height)))
        }

        heading("The text, cut into \(AltText.count(text.tokens.count, "token"))")
        let tokenFrames = flow(tokenWidths, height: noteHeight)
        nodes.append(.group(Group("tokens", children: zip(tokenStickies, tokenFrames).map { sticky, frame in
            sticky.node(in: frame, theme: theme, measurer: measurer)
        })))
        y += rowGap
        heading("Its vocabulary, sorted and numbered from 0")
        let vocabularyFrames = flow(vocabularyWidths, height: noteHeight + numberHeight)
        nodes.append(.group(Group("vocabulary", children: vocabularyStickies.indices.map { index in
            let frame = vocabularyFrames[index]
            let note = Rect(x: frame.minX, y: frame.minY, width: frame.width, height: noteHeight)
            let below = Rect(x: frame.minX, y: frame.minY + noteHeight, width: frame.width, height: numberHeight)
            return .group(Group("entry \(index)", children: [
                vocabularyStickies[index].node(in: note, theme: theme, measurer: measurer), number(index, centredIn: below),
            ]))
        })))
        y += rowGap
        heading("The text as numbers")
        let top = y
        nodes.append(.group(Group("indices", children: zip(shown.indices, tokenFrames).map { index, frame in
            let box = Rect(x: frame.minX, y: top + frame.minY - tokenFrames[0].minY, width: frame.width, height: numberHeight)
            return .group(Group("index \(index)", children: [
                .rectangle(box, cornerRadius: 4, style: Style(stroke: Stroke(theme.endOutline, width: 1))),
                number(index, centredIn: box),
            ]))
        })))
        y = top + (tokenFrames.last.map { $0.minY - tokenFrames[0].minY } ?? 0) + numberHeight
        let notes = FigureNotes([text.tokens.count > shown.tokens.count
            ? "The first \(shown.tokens.count) of its \(text.tokens.count) tokens are shown." : nil])
        if !notes.lines.isEmpty {
            y += gap
            nodes.append(notes.node(x: margin, top: y, theme: theme, measurer: measurer))
            right = max(right, margin + notes.width(measurer: measurer))
            y += notes.height(measurer: measurer)
        }
        return Scene(size: Size(width: right + margin, height: y + margin), background: theme.background,
                     title: "Tokens of \(source)", description: description(of: text, vocabulary: vocabulary),
                     nodes: nodes)
    }

    /// "The text is cut into 6 tokens: “the”, “cat”, …. Sorted, its vocabulary numbers
    /// them: 0 “cat”, 1 “mat.”, …. So the text is the numbers 4 0 3 2 4 1."
    static func description(of text: TokenizedText, vocabulary: Vocabulary) -> String {
        let alt = AltText(vocabulary: vocabulary)
        let numbered = text.vocabulary.enumerated().map { "\($0) \(alt.word($1))" }
        return "The text is cut into \(AltText.count(text.tokens.count, "token")): "
            + text.tokens.map(alt.word).joined(separator: ", ") + ". Sorted, its vocabulary numbers them: "
            + numbered.joined(separator: ", ") + ". So the text is the numbers "
            + text.indices.map(String.init).joined(separator: " ") + "."
    }
}

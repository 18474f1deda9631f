import UnpluggedModel

/// What every page of a handout shares: the paper, the words, the look, and the text
/// measurer; with the few ways a page writes text and draws a word.
///
/// Print is always the light theme with symbols on: classroom printers are often
/// black and white, and a word must still be told apart by its letter or mark.
struct HandoutSheet: Sendable {
    let paper: Paper
    let vocabulary: Vocabulary
    let measurer: any TextMeasuring
    let theme: Theme
    private let widths: TextWidths

    init(paper: Paper, vocabulary: Vocabulary, measurer: any TextMeasuring) {
        self.paper = paper
        self.vocabulary = vocabulary
        self.measurer = measurer
        widths = TextWidths(measurer: measurer)
        var theme = Theme.light
        theme.showsSymbols = true
        self.theme = theme
    }

    static let headingFont = Font(size: 18, weight: .bold)
    static let bodyFont = Font(size: 10)
    static let smallFont = Font(size: 8)
    /// Room at the top of a page for the running title, and at the bottom for the page number.
    static let headerHeight = 28.0
    static let footerHeight = 22.0
    /// The space between blocks of a page.
    static let gap = 12.0

    /// The printable area between the margins.
    var printable: Rect {
        Rect(x: Paper.margin, y: Paper.margin, width: paper.size.width - 2 * Paper.margin,
             height: paper.size.height - 2 * Paper.margin)
    }

    /// Where a section's blocks go: the printable area less header and footer.
    var body: Rect {
        let printable = printable
        return Rect(x: printable.minX, y: printable.minY + HandoutSheet.headerHeight, width: printable.width,
                    height: printable.height - HandoutSheet.headerHeight - HandoutSheet.footerHeight)
    }

    /// The width of `text` in `font`, measured once per handout.
    func width(of text: String, font: Font) -> Double {
        widths.width(of: text, font: font)
    }

    /// A line of `text` with its top-left corner at `origin`, in the theme's ink unless
    /// another colour is given.
    func text(_ text: String, font: Font, at origin: Point, color: Color? = nil) -> TextRun {
        let metrics = measurer.measure(text, font: font)
        return TextRun(text, font: font, color: color ?? theme.ink,
                       frame: Rect(x: origin.x, y: origin.y, width: metrics.width, height: metrics.height))
    }

    /// A line of `text` centred on `centre`.
    func text(_ text: String, font: Font, centredOn centre: Point) -> TextRun {
        let metrics = measurer.measure(text, font: font)
        return self.text(text, font: font, at: Point(x: centre.x - metrics.width / 2, y: centre.y - metrics.height / 2))
    }

    /// `text` cut to fit `width`, ending in "…" when it was cut: a long word must not
    /// run into the next column.
    func fitting(_ text: String, font: Font, width: Double) -> String {
        guard measurer.measure(text, font: font).width > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty, measurer.measure(String(characters) + "…", font: font).width > width {
            characters.removeLast()
        }
        return String(characters) + "…"
    }

    /// `text` broken into lines no wider than `width`, at spaces.
    func lines(_ text: String, font: Font, width: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if line.isEmpty || measurer.measure(candidate, font: font).width <= width {
                line = candidate
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A section's opening: its heading and a paragraph saying what the page is for.
    func heading(_ title: String, explanation: String) -> Block {
        var nodes: [Node] = [.text(text(title, font: HandoutSheet.headingFont, at: Point(x: 0, y: 0)))]
        var y = measurer.measure(title, font: HandoutSheet.headingFont).height + 4
        let lineHeight = measurer.measure("Hg", font: HandoutSheet.bodyFont).height
        for line in lines(explanation, font: HandoutSheet.bodyFont, width: body.width) {
            nodes.append(.text(text(line, font: HandoutSheet.bodyFont, at: Point(x: 0, y: y))))
            y += lineHeight
        }
        let lines = nodes
        return Block(height: y, nodes: lines)
    }

    /// A word's sticky note in `frame`, flat (no shadow: print has no light source).
    func sticky(_ word: String, in frame: Rect) -> Node {
        Sticky(word: word, vocabulary: vocabulary).node(in: frame, theme: theme, measurer: measurer, shadow: false)
    }

    /// A small key to a word in a table: a note of its colour with its symbol in the
    /// middle. The word itself is written beside or under it, so unlike a `Sticky` the
    /// key never writes the word, which would not fit a long word in a table cell.
    func swatch(_ word: String, in frame: Rect) -> Node {
        let color = Color(vocabulary.color(of: word))
        let edge = vocabulary.isEnd(word) ? Stroke(theme.endOutline, width: 1) : Stroke(color.darkened(by: 0.18), width: 0.5)
        var font = Font(size: frame.height * 0.55, weight: .bold)
        let symbol = vocabulary.symbol(of: word)
        let width = measurer.measure(symbol, font: font).width
        if width > frame.width * 0.85 { font.size = (font.size * frame.width * 0.85 / width * 10).rounded(.down) / 10 }
        var run = text(symbol, font: font, centredOn: frame.center)
        run.color = color.contrastingText
        return .group(Group("key \(word)", children: [
            .rectangle(frame, cornerRadius: frame.height * 0.08, style: Style(fill: color, stroke: edge)), .text(run),
        ]))
    }

    /// A word's ball, symbol written on it.
    func ball(_ word: String, at centre: Point, radius: Double) -> Node {
        Ball(word: word, vocabulary: vocabulary, theme: theme).node(at: centre, radius: radius, theme: theme, measurer: measurer)
    }

    /// A context's words as one line: "purple blue", or "(start)" for the start bin;
    /// the end token as a reader names it ("end the").
    func name(of context: Context) -> String {
        context.words.allSatisfy(vocabulary.isEnd) ? "(start)" : context.words.map(vocabulary.shownName).joined(separator: " ")
    }

    /// The dashed line along which a label or a sticky is cut out.
    func cutLine(around frame: Rect) -> Node {
        .rectangle(frame, style: Style(stroke: Stroke(theme.previous, width: 0.75, dash: [4, 3])))
    }
}

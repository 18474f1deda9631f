import UnpluggedModel

/// The `compare` figure: two models side by side, each half titled, drawn as bins or
/// as a table over the same contexts in the same order, with a few documents each
/// model generates listed under it as rows of stickies.
///
/// The two halves of a room write about different things, so their models may have
/// different words: both are drawn in the words of both (the left half's first, then
/// the right's new ones, the end token last), and a word one half never saw is an
/// empty bin and a blank column on its side, which the alt text names.
public enum CompareFigure {
    /// The most documents each side may list (the `count` option's bound).
    public static let largestDocumentCount = 10
    /// The most words a listed document may reach before it is cut with "…".
    static let documentLength = 12

    static let margin = 20.0
    static let titleFont = Font(size: 18, weight: .bold)
    static let captionFont = Font(size: 13)
    static let titleHeight = 36.0
    static let stickyHeight = 22.0
    static let stickyGap = 4.0
    static let rowGap = 8.0

    /// - Parameters:
    ///   - left, right: the two halves, marked as one lesson (`Lesson.markedTogether`,
    ///     or a manifest's marks), so a word has one colour and symbol on both sides.
    /// - Throws: `InputError` at the `with` option when the two models have different
    ///   context lengths or end tokens (their bins could not be set side by side).
    public static func figure(of left: Lesson, with right: Lesson, named name: String, options: FigureOptions,
                              measurer: some TextMeasuring) throws -> Figure {
        try checkComparable(left, right)
        let vocabulary = left.vocabulary.union(right.vocabulary)
        let (left, right) = (left.counted(in: vocabulary), right.counted(in: vocabulary))
        let all = CompareContexts(left: left.model, right: right.model)
        let documents = try [left, right].map { try Self.documents(of: $0, options: options) }
        // Readable from the back row: laid out with text no smaller than its slide needs
        // (raised while the figure grows with it); when even that does not read, the
        // contexts where the halves differ least are left out, one at a time.
        var shown = all.contexts.count
        while true {
            let selection = all.keeping(shown)
            var floor = 0.0
            var scene = self.scene(of: [left, right], documents: documents, selection: selection, smallestText: floor,
                                   options: options, measurer: measurer)
            for _ in 0..<5 {
                let needed = SlideFit.readableTextSize(for: scene.size, on: options.page)
                guard needed > floor + 1e-9 else { break }
                floor = needed
                scene = self.scene(of: [left, right], documents: documents, selection: selection, smallestText: floor,
                                   options: options, measurer: measurer)
            }
            if shown <= 1 || SlideFit.isReadable(scene, on: options.page) {
                return Figure(name: name, slide: scene, on: options.page)
            }
            shown -= 1
        }
    }

    /// Both halves side by side over `selection`'s contexts, each with its documents,
    /// text no smaller than `smallestText`, at the figure's own size.
    static func scene(of halves: [Lesson], documents: [[GenerationTrace]], selection: CompareContexts,
                      smallestText: Double, options: FigureOptions, measurer: some TextMeasuring) -> Scene {
        let (left, right) = (halves[0], halves[1])
        var halfOptions = options
        halfOptions.contexts = selection.contexts
        let titles = [HandoutRequest.title(of: left), HandoutRequest.title(of: right)]
        var halves: [Half] = []
        for (lesson, documents) in zip([left, right], documents) {
            let shown = BinSelection(compared: selection.contexts)
            let scene = switch options.comparedAs {
            case .bins: BinsFigure.scene(of: lesson.model, options: halfOptions, selection: shown, smallestText: smallestText,
                                         measurer: measurer)
            case .table: TableFigure.scene(of: lesson.model, options: halfOptions, selection: shown, measurer: measurer)
            }
            halves.append(Half(lesson: lesson, scene: scene, documents: documents))
        }
        let theme = options.theme
        // A label note's word is half its height (`Sticky.fontSize`).
        let stickyHeight = max(Self.stickyHeight, 2 * smallestText)
        let captionFont = Font(size: max(Self.captionFont.size, smallestText))
        var nodes: [Node] = []
        var x = 0.0
        var bottoms: [Double] = []
        let documentsTop = titleHeight + halves.map(\.scene.size.height).max()!
        for (half, title) in zip(halves, titles) {
            let width = half.scene.size.width
            let metrics = measurer.measure(title, font: titleFont)
            nodes.append(.text(TextRun(title, font: titleFont, color: theme.ink,
                                       frame: Rect(x: x + (width - metrics.width) / 2, y: margin, width: metrics.width,
                                                   height: metrics.height))))
            nodes.append(.group(Group("\(title) model", children: half.scene.nodes.map { $0.offset(by: Point(x: x, y: titleHeight)) })))
            let (rows, bottom) = documentRows(half.documents, lesson: half.lesson, x: x + margin, top: documentsTop,
                                              width: width - 2 * margin, stickyHeight: stickyHeight, captionFont: captionFont,
                                              theme: theme, measurer: measurer)
            nodes.append(.group(Group("\(title) documents", children: rows)))
            bottoms.append(bottom)
            x += width
        }
        let notes = FigureNotes([selection.hiddenCount > 0
            ? "Showing the \(AltText.count(selection.contexts.count, "context")) where the halves differ most; "
                + "\(English.count(selection.hiddenCount, "other context", "are")) not shown." : nil],
            smallestText: smallestText)
        let notesTop = bottoms.max()! + (notes.lines.isEmpty ? 0 : 8)
        if !notes.lines.isEmpty { nodes.append(notes.node(x: margin, top: notesTop, theme: theme, measurer: measurer)) }
        let height = notesTop + notes.height(measurer: measurer) + margin
        let divider = Path([.move(to: Point(x: halves[0].scene.size.width, y: margin)),
                            .line(to: Point(x: halves[0].scene.size.width, y: notesTop - (notes.lines.isEmpty ? 0 : 8)))])
        nodes.append(.path(divider, style: Style(stroke: Stroke(theme.binEdge, width: 1))))
        return Scene(size: Size(width: max(x, notes.width(measurer: measurer) + 2 * margin), height: height),
                     background: theme.background, title: "\(titles[0]) and \(titles[1]) side by side",
                     description: description(titles: titles, selection: selection, halves: halves, options: options),
                     nodes: nodes)
    }

    /// One side: its lesson, its bins or table, and the documents it generated.
    struct Half {
        let lesson: Lesson
        let scene: Scene
        let documents: [GenerationTrace]
    }

    /// Both models must count contexts of the same length, ending documents with the
    /// same token, or the same bin would not mean the same on both sides.
    private static func checkComparable(_ left: Lesson, _ right: Lesson) throws {
        guard left.model.contextLength == right.model.contextLength else {
            throw InputError(option: "with", problem: "\(left.name) has contexts of \(AltText.count(left.model.contextLength, "word")), but \(right.name) has \(AltText.count(right.model.contextLength, "word"))",
                             fix: "compare models counted with the same context")
        }
        guard left.vocabulary.endToken == right.vocabulary.endToken else {
            throw InputError(option: "with", problem: "\(left.name) ends documents with `\(left.vocabulary.endToken)`, but \(right.name) with `\(right.vocabulary.endToken)`",
                             fix: "give both files the same end token (`end:` in their front matter, or the end option)")
        }
    }

    /// The seeded documents one model generates: the same seed draws the same on both
    /// sides, so a difference in the documents is a difference in the models.
    private static func documents(of lesson: Lesson, options: FigureOptions) throws -> [GenerationTrace] {
        let sampler = Sampler(model: lesson.model, maximumLength: documentLength, unseenContext: .backOff)
        var generator = SplitMix64(seed: options.seed)
        do {
            return try (0..<options.documentCount).map { _ in try sampler.generate(using: &generator) }
        } catch let error as SamplingError {
            throw error.inputError(lesson: lesson.name)
        }
    }

    /// The documents as rows of small stickies under a caption, a row wrapping when
    /// it is wider than the half; returns the nodes and the bottom of the last row.
    /// A document that drew the end token ends with its sticky, as in the generation
    /// frames; one cut at the maximum length ends with "…".
    private static func documentRows(_ documents: [GenerationTrace], lesson: Lesson, x: Double, top: Double,
                                     width: Double, stickyHeight: Double, captionFont: Font, theme: Theme,
                                     measurer: some TextMeasuring) -> ([Node], Double) {
        guard !documents.isEmpty else { return ([], top) }
        let vocabulary = lesson.vocabulary
        let rows = documents.map { $0.words + ($0.stop == .endToken ? [vocabulary.endToken] : []) }
        let marks = WordMarks(words: rows.joined(), vocabulary: vocabulary, theme: theme, ballRadius: nil,
                              measurer: measurer)
        let caption = "Generated documents"
        let captionSize = measurer.measure(caption, font: captionFont)
        var nodes: [Node] = [.text(TextRun(caption, font: captionFont, color: theme.ink,
                                           frame: Rect(x: x, y: top, width: captionSize.width, height: captionSize.height)))]
        var y = top + captionSize.height + rowGap
        for (document, row) in zip(documents, rows) {
            var left = x
            for word in row {
                let sticky = Sticky(word: word, vocabulary: vocabulary, marks: marks)
                let stickyWidth = sticky.width(forHeight: stickyHeight, theme: theme, measurer: measurer)
                if left > x, left + stickyWidth > x + width {
                    left = x
                    y += stickyHeight + stickyGap
                }
                nodes.append(sticky.node(in: Rect(x: left, y: y, width: stickyWidth, height: stickyHeight), theme: theme,
                                         measurer: measurer, shadow: false))
                left += stickyWidth + stickyGap
            }
            if document.stop == .maximumLength {
                let more = measurer.measure("…", font: captionFont)
                nodes.append(.text(TextRun("…", font: captionFont, color: theme.ink,
                                           frame: Rect(x: left, y: y + (stickyHeight - more.height) / 2, width: more.width,
                                                       height: more.height))))
            }
            y += stickyHeight + rowGap
        }
        return (nodes, y)
    }

    /// Both titles, the contexts shown, the words each half never saw, the largest
    /// differences ("After blue: Left half 40% green, Right half 10%."), and which of
    /// each half's documents the other could not have written, and why.
    static func description(titles: [String], selection: CompareContexts, halves: [Half], options: FigureOptions) -> String {
        let vocabulary = halves[0].lesson.vocabulary
        let alt = AltText(vocabulary: vocabulary)
        let drawn = options.comparedAs == .bins ? "balls in bins" : "probability tables"
        var sentences = ["\(titles[0]) and \(titles[1]) side by side, as \(drawn) for the same \(AltText.count(selection.contexts.count, "context")), each with \(AltText.count(options.documentCount, "document")) it generated."]
        if selection.hiddenCount > 0 {
            sentences.append("\(AltText.count(selection.hiddenCount, "context")) where they differ less \(selection.hiddenCount == 1 ? "is" : "are") not shown.")
        }
        for (half, title) in zip(halves, titles) {
            let unseen = vocabulary.words.filter { !half.lesson.model.hasSeen($0) }
            guard !unseen.isEmpty else { continue }
            let named = unseen.prefix(unseenNamed).map(alt.word) + (unseen.count > unseenNamed ? [AltText.count(unseen.count - unseenNamed, "more word")] : [])
            let shown = options.comparedAs == .bins ? "its bins of them are empty" : "its columns of them are blank"
            sentences.append("\(title) never saw \(AltText.list(named)): \(shown).")
        }
        let largest = selection.differences.prefix(3).filter { $0.size > 0 }
        if largest.isEmpty {
            sentences.append("The two models give every next word the same chance.")
        } else {
            sentences.append("They differ most here.")
            for difference in largest {
                sentences.append("After \(alt.words(difference.context.words)): \(titles[0]) \(difference.leftPercent.text) \(alt.word(difference.word)), \(titles[1]) \(difference.rightPercent.text).")
            }
        }
        for (writer, (reader, readerTitle)) in zip(zip(halves, titles), zip(halves, titles).reversed()) {
            sentences += scores(of: writer.0.documents, by: writer.1, under: reader, named: readerTitle, alt: alt)
        }
        return sentences.joined(separator: " ")
    }

    /// A half names at most this many words it never saw, then how many more.
    static let unseenNamed = 5

    /// Which of `writer`'s finished documents (those that drew the end token) the other
    /// half, `reader`, could have written: "Right half could have written 1 of Left
    /// half's 3 documents; not document 2: it never saw “sleep”." Nothing when none finished.
    private static func scores(of documents: [GenerationTrace], by writer: String, under reader: Half, named readerName: String,
                               alt: AltText) -> [String] {
        let finished = documents.enumerated().filter { $0.element.stop == .endToken }
        guard !finished.isEmpty else { return [] }
        let model = reader.lesson.model
        let scores = finished.map { ($0.offset, DocumentScore(document: $0.element.words, model: model, startPadding: reader.lesson.startPadding)) }
        let possible = scores.count { $0.1.isPossible }
        let impossible = scores.compactMap { index, score in
            score.impossibility.map { "document \(index + 1): \(reason($0, alt: alt))" }
        }
        let could = "\(readerName) could have written \(possible) of \(writer)'s \(AltText.count(finished.count, "document"))"
        return [impossible.isEmpty ? could + "." : could + "; not " + impossible.joined(separator: "; not ") + "."]
    }

    /// Why a half could not have written a document, in the figure's words: "it never
    /// saw “sleep”", "it never saw “park” after “the”".
    private static func reason(_ impossibility: DocumentScore.Impossibility, alt: AltText) -> String {
        switch impossibility {
        case .tooShort(let length): "it is shorter than a context of \(AltText.count(length, "word"))"
        case .unseenWord(let word): "it never saw \(alt.word(word))"
        case .unseenAfter(let word, let context, let isEnd):
            "it never saw \(isEnd ? "a document end" : alt.word(word)) after \(alt.words(context.words))"
        }
    }

    /// "40%".
}

import UnpluggedModel

/// The `stickies` figure: one sticky note on its own canvas, for one word.
public enum StickyFigure {
    /// The note's height in points; its width follows the lesson's proportions.
    public static let noteHeight = 100.0
    /// Room around the note for its shadow and outline.
    public static let margin = 6.0
    /// The most files a sticky set has unless a teacher allows more (`--max-files`):
    /// a class's words are a few dozen notes; a novel's thousands are a mistake.
    public static let defaultMaximumFiles = 200

    /// Refuses a set of more files than `options.maximumFiles`, before any is drawn.
    /// - Throws: `InputError` at `.option("max-files")`: how many, and how to choose fewer.
    static func checkFileCount(words: Int, options: FigureOptions) throws {
        let files = words * options.filesPerFigure
        guard files > options.maximumFiles else { return }
        let formats = options.filesPerFigure > 1 ? "fewer formats with --formats (\(options.filesPerFigure) files a word now), " : ""
        throw InputError(option: "max-files",
                         problem: "the sticky notes would be \(English.count(files, "file")) (\(English.count(words, "word"))), more than \(options.maximumFiles)",
                         fix: "\(formats)a smaller vocabulary (--tokens characters, --lowercase), or allow it with --max-files \(files)")
    }

    /// The figure's file name (without extension) for a word: `<stem>-<word>`, the
    /// reference's `sticky-blue` by default; the end token's is named as a reader sees
    /// it (`sticky-white` in the colour lesson, else `sticky-end`, `Vocabulary.endName`).
    public static func name(for word: String, in vocabulary: Vocabulary, stem: String = "sticky") -> String {
        "\(stem)-\(FileName.safe(vocabulary.shownName(of: word)))"
    }

    /// One figure per word of the vocabulary, the end token included, in vocabulary order.
    /// Words whose safe names collide ("a/b" and "a_b") get `-2`, `-3`, ... in order.
    /// - Parameter stem: the names' first part (`render stickies --name note` gives `note-blue`).
    public static func figures(for vocabulary: Vocabulary, stem: String = "sticky", theme: Theme = .light,
                               measurer: some TextMeasuring) -> [Figure] {
        var taken: Set<String> = []
        return vocabulary.words.map { word in
            var unique = name(for: word, in: vocabulary, stem: stem)
            var suffix = 2
            while !taken.insert(unique).inserted {
                unique = "\(name(for: word, in: vocabulary, stem: stem))-\(suffix)"
                suffix += 1
            }
            return Figure(name: unique, scene: scene(for: word, in: vocabulary, theme: theme, measurer: measurer))
        }
    }

    /// The scene of one word's sticky note.
    public static func scene(for word: String, in vocabulary: Vocabulary, theme: Theme = .light,
                             measurer: some TextMeasuring) -> Scene {
        let sticky = Sticky(word: word, vocabulary: vocabulary)
        let width = sticky.width(forHeight: noteHeight, theme: theme, measurer: measurer)
        let frame = Rect(x: margin, y: margin, width: width, height: noteHeight)
        return Scene(
            size: Size(width: width + 2 * margin, height: noteHeight + 2 * margin),
            background: theme.background,
            title: "Sticky note: \(vocabulary.shownName(of: word))",
            description: description(of: sticky, in: vocabulary),
            nodes: [sticky.node(in: frame, theme: theme, measurer: measurer)]
        )
    }

    /// Alt text in the lesson's words: what the note stands for, not how it is drawn.
    static func description(of sticky: Sticky, in vocabulary: Vocabulary) -> String {
        if sticky.isEnd {
            // The colour lesson's end is a white sticky; any other end is no colour.
            guard vocabulary.endName == vocabulary.endToken else {
                return "A light sticky note with a grey outline: the end-of-document token."
            }
            return "A light \(sticky.word) sticky note with a grey outline: the end-of-document token."
        }
        if let label = sticky.label {
            return "A sticky note with the word \u{201C}\(label)\u{201D} written on it."
        }
        return "A \(sticky.word) sticky note: the word \(sticky.word)."
    }
}

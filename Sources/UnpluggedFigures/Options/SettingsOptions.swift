import UnpluggedModel

/// Every option of `render` and of a manifest's figure entries, declared once: the
/// command line's flags, the manifest's keys, their help and their checks all come
/// from this list. A new option is one line here and a field of `Settings` (or
/// `FigureOptions`) that the figures read.
extension Settings {
    public static let options: [OptionDeclaration<Settings>] = {
        let all = Set(Kind.allCases)
        let figures = all.subtracting([.handout])
        func only(_ kinds: FigureKind...) -> Set<Kind> { Set(kinds.map(Kind.figures)) }
        // The tokens figure cuts a text and counts nothing: no context, no padding.
        let counted = all.subtracting(only(.tokens))
        // A sticky is a note of its own size, not a slide.
        let slides = figures.subtracting(only(.stickies))
        return [
            // How the input is read and counted.
            .choice("tokens", help: "How to cut text into words (overrides the front matter's `tokens`; default whitespace for the colour lesson, else words, punctuation dropped).",
                    kinds: all, needs: .documentsFile, \.reading.overrides.tokens),
            .choice("documents", help: "How to cut text into documents (overrides the front matter's `documents`; default paragraphs when blank lines separate wrapped paragraphs, else lines).",
                    kinds: all, needs: .documentsFile, \.reading.overrides.documents),
            .flag("lowercase", help: "Lower-case every word (overrides the front matter's `lowercase`; on by default, --no-lowercase keeps case).",
                  kinds: all, needs: .documentsFile, \.reading.overrides.lowercase),
            .value("end", help: "The end-of-document token (overrides the front matter's `end`; default white for the colour lesson, else <end>, shown as end). For a count table: which header word it is (default the last).",
                   valueName: "word", kinds: all, needs: .inputFile, \.reading.overrides.end) { text throws(OptionProblem) in
                try OptionText.word(text)
            },
            .value("context", help: "The words in a context, to count documents with (a count table has its own).",
                   valueName: "n", defaultDescription: "1", kinds: counted, isManifestDefault: true,
                   \.reading.contextLength) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 1)
            },
            .flag("pad-start", help: "Precede each document with end tokens, so the start bin learns first words too.",
                  kinds: counted, needs: .documentsFile, \.reading.startPadding),
            // What is drawn.
            .value("name", help: "The file name, before any frame number (default: the kind's name in the lesson).",
                   valueName: "name", kinds: all, \.figure.name) { text throws(OptionProblem) in
                try OptionText.fileName(text)
            },
            .value("seed", help: "Seeds how balls are mixed and what generation draws.", valueName: "seed",
                   defaultDescription: "1", kinds: figures, isManifestDefault: true,
                   \.figure.seed) { text throws(OptionProblem) in
                try OptionText.seed(text)
            },
            .value("document", help: "The document to train on, from 1, its bins holding the documents before it; or all, every document in turn (training only).",
                   valueName: "k|all", defaultDescription: "1",
                   kinds: only(.training, .overview), \.figure.document) { text throws(OptionProblem) in
                try DocumentChoice(text: text)
            },
            .list("prompt", help: "The words the generated document starts with; for a graph, the words whose neighbourhood it shows; for chances and temperature, the words whose next word is shown.",
                  valueName: "w1,w2", kinds: only(.generation, .graph, .chances, .temperature), \.figure.prompt) { items throws(OptionProblem) in
                try OptionText.words(items)
            },
            .value("max-length", help: "The most words the document may reach, prompt included.", valueName: "n",
                   defaultDescription: "20", kinds: only(.generation), \.figure.maximumLength) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 1)
            },
            .choice("frames", help: "Each step as two frames (go to the bin, drop the ball) or one.",
                    kinds: only(.training), \.figure.framesPerStep),
            .choice("balls", help: "Balls mixed in a seeded order, or grouped by word.",
                    kinds: only(.bins, .generation), \.figure.ballOrder),
            .choice("values", help: "What the table's cells hold.", kinds: only(.table), \.figure.values),
            .flag("shade", help: "Tint each cell by its value.", kinds: only(.table), \.figure.shading),
            .value("top", help: "Show the likeliest k next words (and, in a table, chances or temperature, \"other\"; in bins, grey balls; in a handout's rows of next words, \"other\") when there are more.", valueName: "k",
                   defaultDescription: "12", kinds: only(.table, .bins, .graph, .chances, .temperature).union([.handout]), \.figure.topWords) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 1)
            },
            .flag("zeros", help: "Write 0 for a next word with no balls, instead of a blank cell.", kinds: only(.table),
                  \.figure.showsZeros),
            .list("contexts", help: "The contexts to show, in this order (the words of a longer context separated by spaces); a handout's bins.",
                  valueName: "c1,c2", kinds: only(.table, .bins).union([.handout]), \.figure.contexts) { items throws(OptionProblem) in
                try OptionText.contexts(items)
            },
            .value("min-chance", help: "Leave out arrows less likely than this percentage.", valueName: "percent",
                   defaultDescription: "0", kinds: only(.graph), \.figure.minimumChance) { text throws(OptionProblem) in
                try OptionText.percentage(text) / 100
            },
            .value("text", help: "The text to cut into tokens, instead of the input's first document (read with the reading options).",
                   valueName: "text", kinds: only(.tokens), \.figure.text) { text throws(OptionProblem) in
                guard text.contains(where: { !$0.isWhitespace }) else {
                    throw OptionProblem("the text is empty", fix: "give a sentence to cut into tokens")
                }
                return text
            },
            // How it looks and which files are written.
            .choice("theme", help: "Colours for light slides and print, or for dark slide decks.", kinds: figures,
                    isManifestDefault: true, \.theme),
            .choice("page", help: "The canvas the figure fills: a 16:9 slide, a 4:3 slide, or a portrait A4 or US Letter sheet.",
                    kinds: slides, isManifestDefault: true, \.figure.page, defaultValue: .wide),
            .flag("transparent", help: "Leave the canvas transparent instead of painting the theme's background.",
                  kinds: figures, isManifestDefault: true, \.transparent),
            .flag("symbols", help: "Write each word's letter or mark on its stickies and balls, for black-and-white printing.",
                  kinds: figures, isManifestDefault: true, \.symbols),
            .list("formats", help: "The files to write for each figure; gif: one animation of a whole sequence (training, generation).",
                  valueName: "svg,png,pdf,gif",
                  choices: OutputFormat.allCases.map(\.rawValue), defaultDescription: "svg,png", kinds: figures,
                  isManifestDefault: true, \.formats) { items throws(OptionProblem) in
                let chosen: [OutputFormat] = try items.map { text throws(OptionProblem) in
                    try OptionText.choice(text.lowercased(), of: "format")
                }
                guard !chosen.isEmpty else {
                    throw OptionProblem("no format is given", fix: "list one or more of svg, png, pdf, gif")
                }
                return Set(chosen).sorted()
            }.also(answering: "format"),
            .value("scale", help: "PNG pixels per point.", valueName: "s", defaultDescription: "2", kinds: figures,
                   isManifestDefault: true, \.scale) { text throws(OptionProblem) in
                try OptionText.number(text, above: 0, atMost: 16)
            },
            .value("frame-time", help: "The seconds each frame shows in the sequence's GIF (rounded to hundredths).",
                   valueName: "seconds", defaultDescription: "1.2", kinds: only(.training, .generation),
                   isManifestDefault: true, \.frameTime) { text throws(OptionProblem) in
                try OptionText.number(text, above: 0, atMost: SequenceAnimation.longestFrameTime)
            },
            // The handout.
            .choice("paper", help: "The paper the handout is printed on.", kinds: [.handout], \.paper),
            .value("capacity", help: "The balls in each bucket, for the kit list.", valueName: "balls",
                   defaultDescription: "10", kinds: [.handout], \.capacity) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 1, to: HandoutRequest.largestCapacity)
            },
            .choice("die", help: "The die of the dice table (d100 is two ten-sided dice read as 00–99).",
                    kinds: [.handout], \.die, defaultValue: .d10),
            // Limits: a large job is refused before it is drawn, unless allowed.
            .value("max-pages", help: "The most pages the handout may have; more is refused before anything is drawn.",
                   valueName: "n", defaultDescription: "\(HandoutRequest.defaultMaximumPages)", kinds: [.handout],
                   \.maximumPages) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 1)
            },
            .value("max-files", help: "The most files a sticky set may have; more is refused before anything is drawn.",
                   valueName: "n", defaultDescription: "\(StickyFigure.defaultMaximumFiles)", kinds: only(.stickies),
                   \.figure.maximumFiles) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 1)
            },
            // The comparison.
            .value("with", help: "The input to compare with: a file on the command line, an input's name in a manifest.",
                   valueName: "input", kinds: only(.compare), \.with) { text throws(OptionProblem) in
                guard !text.isEmpty else { throw OptionProblem("the input is empty", fix: "name the second input") }
                return text
            },
            .choice("as", help: "Draw each model as bins or as a table.", kinds: only(.compare), \.figure.comparedAs),
            .value("count", help: "The documents each model generates.", valueName: "n", defaultDescription: "3",
                   kinds: only(.compare), \.figure.documentCount) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 0, to: CompareFigure.largestDocumentCount)
            },
            .list("temperatures", help: "The temperatures to show the chances at, a column each.", valueName: "t1,t2",
                  defaultDescription: "0.5,1,2", kinds: only(.temperature), \.figure.temperatures) { items throws(OptionProblem) in
                try OptionText.temperatures(items)
            },
            .value("temperature", help: "The temperature balls are drawn at: 1 as counted, towards 0 the likeliest, above 1 flatter.",
                   valueName: "t", defaultDescription: "1", kinds: only(.generation), \.figure.temperature) { text throws(OptionProblem) in
                try OptionText.number(text, atLeast: 0)
            },
        ]
    }()

    /// The options that say how an input is read and counted: `table`, `score`,
    /// `sample` and the page of `serve` take these, and a figure takes them too.
    public static let readingOptions: [OptionDeclaration<Settings>] = {
        let names: Set = ["tokens", "documents", "lowercase", "end", "context", "pad-start"]
        return options.filter { names.contains($0.name) }
    }()

    /// The declaration answering to `name`, if any.
    public static func option(named name: String) -> OptionDeclaration<Settings>? {
        options.first { $0.answers(to: name) }
    }
}

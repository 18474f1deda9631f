import UnpluggedModel

/// One `render` (or one manifest entry): which kind of figure, with which options.
///
/// `figures(of:measurer:)` draws from a lesson already loaded: nothing here reads or
/// writes files, so `render`, `build` and the tests all make figures the same way,
/// and the figure layer is tested without any file.
public struct FigureRequest: Hashable, Sendable {
    public var kind: FigureKind
    public var options: FigureOptions

    public init(kind: FigureKind, options: FigureOptions = FigureOptions()) {
        self.kind = kind
        self.options = options
    }

    /// Draws the figures: one, or a numbered sequence, or one per word.
    /// - Parameter lesson: the input, loaded with its documents when the kind trains on
    ///   them (`FigureKind.needsDocuments`).
    /// - Throws: `InputError` for a request the lesson cannot satisfy: a training figure
    ///   of a count table, a document it does not have or `all` for an overview (the
    ///   `document` option's), a prompt word the model does not know (the `prompt`
    ///   option's).
    public func figures(of lesson: Lesson, measurer: some TextMeasuring) throws -> [Figure] {
        var figures: [Figure] = []
        try forEachFigure(of: lesson, measurer: measurer) { figures.append($0) }
        return figures
    }

    /// The figures of `figures(of:measurer:)`, in its order, handed to `body` as they
    /// are made: a training or generation sequence one frame at a time, so that its
    /// frames can be rendered and let go while the next are laid out, and a sequence
    /// of thousands of frames never holds all their scenes. The request's mistakes are
    /// thrown before the first figure; then whatever `body` throws.
    public func forEachFigure(of lesson: Lesson, measurer: some TextMeasuring, _ body: (Figure) throws -> Void) throws {
        let options = try options.read(as: lesson)
        let name = options.name ?? kind.defaultName
        switch kind {
        case .stickies:
            try StickyFigure.checkFileCount(words: lesson.vocabulary.count, options: options)
            try StickyFigure.figures(for: lesson.vocabulary, stem: name, theme: options.theme, measurer: measurer).forEach(body)
        case .table:
            try TableFigure.figures(of: lesson.model, named: name, options: options, measurer: measurer).forEach(body)
        case .bins:
            try body(try BinsFigure.figure(of: lesson.model, named: name, options: options, measurer: measurer))
        case .generation:
            try GenerationFigure.forEachFrame(of: lesson.model, input: lesson.name, named: name, options: options,
                                              measurer: measurer, body)
        case .graph:
            try body(try GraphFigure.figure(of: lesson.model, named: name, options: options, measurer: measurer))
        case .compare:
            throw InputError(option: "with", problem: "a compare figure needs a second input to compare \(lesson.name) with",
                             fix: "name the input to compare with")
        case .training:
            try TrainingFigure.forEachFrame(of: try trainingTrace(of: lesson), documentCount: lesson.corpus?.documents.count,
                                            named: name, options: options, measurer: measurer, body)
        case .overview:
            try body(OverviewFigure.figure(of: try trainingTrace(of: lesson), named: name, options: options,
                                           measurer: measurer))
        case .chances:
            try body(try ChancesFigure.figure(of: lesson.model, input: lesson.name, named: name, options: options,
                                              measurer: measurer))
        case .temperature:
            try body(try TemperatureFigure.figure(of: lesson.model, input: lesson.name, named: name, options: options,
                                                  measurer: measurer))
        case .tokens:
            let (text, vocabulary, source) = try tokenizedText(of: lesson)
            guard !text.tokens.isEmpty else {
                let (problem, fix) = ("\(source) has no tokens: its first document is only the end token", "give a text with words")
                throw options.text == nil ? InputError(file: lesson.name, line: nil, column: nil, problem: problem, fix: fix)
                    : InputError(option: "text", problem: problem, fix: fix)
            }
            try body(TokensFigure.figure(of: text, vocabulary: vocabulary, source: source, named: name, options: options,
                                         measurer: measurer))
        }
    }

    /// The text a tokens figure cuts, read as the lesson's documents are: the `text`
    /// option's, else the input's first document, else the built-in lesson's training
    /// document; with the vocabulary that colours its tokens, and what it is, for the title.
    private func tokenizedText(of lesson: Lesson) throws -> (TokenizedText, Vocabulary, String) {
        switch (options.text, lesson.source) {
        case (let given?, .builtIn):
            do {
                let (text, vocabulary) = try TokenizedText.firstDocument(of: given, named: "text", overrides: lesson.overrides)
                return (text, vocabulary, "the given text")
            } catch let error as InputError {
                throw InputError(option: "text", problem: error.problem, fix: error.fix)
            }
        case (.some, _):
            throw InputError(option: "text", problem: "a tokens figure cuts this text or the first document of \(lesson.name), not both",
                             fix: "leave out the input, or the text")
        case (nil, .countTable):
            throw InputError(file: lesson.name, line: nil, column: nil, problem: "a count table has no text to cut into tokens",
                             fix: "give a documents file as the input, or the text to cut (`text`)")
        case (nil, .builtIn):
            let (text, vocabulary) = try TokenizedText.firstDocument(of: BuiltInLesson.trainingDocument.joined(separator: " "),
                                                                     named: BuiltInLesson.name, overrides: lesson.overrides)
            return (text, vocabulary, "the built-in lesson's training document")
        case (nil, .documents):
            guard let corpus = lesson.corpus else {
                preconditionFailure("a tokens figure's lesson is loaded with its documents (Kind.load)")
            }
            return (TokenizedText(tokens: corpus.documents[0]), corpus.vocabulary, "the first document of \(lesson.name)")
        }
    }

    /// Training as a class does it, document after document, up to the one asked for
    /// (every one, for `all`): what the training and overview figures show.
    private func trainingTrace(of lesson: Lesson) throws -> TrainingTrace {
        if case .countTable = lesson.source {
            throw InputError(file: lesson.name, line: nil, column: nil,
                             problem: "a count table has no documents to train on, so it cannot make a \(kind.rawValue) figure",
                             fix: "give a documents file (one document per line) as the input")
        }
        guard let corpus = lesson.corpus else {
            preconditionFailure("a \(kind.rawValue) figure's lesson is loaded with its documents (Kind.load)")
        }
        let count = corpus.documents.count
        let trained: Int
        switch options.document {
        case .number(let number):
            guard corpus.documents.indices.contains(number - 1) else {
                throw InputError(option: "document", problem: "\(lesson.name) has no document \(number): it has \(AltText.count(count, "document"))",
                                 fix: count == 0 ? "add a document to the input" : "choose a document from 1 to \(count)")
            }
            trained = number
        case .all where kind == .overview:
            throw InputError(option: "document", problem: "an overview shows the arrows of one document, not all",
                             fix: "choose a document from 1 to \(count), or make a training figure of all")
        case .all:
            trained = count
        }
        let documents = Corpus(documents: Array(corpus.documents.prefix(trained)), vocabulary: corpus.vocabulary,
                               metadata: corpus.metadata)
        let trace = TrainingTrace(corpus: documents, contextLength: lesson.model.contextLength,
                                  startPadding: lesson.startPadding)
        let shown = options.document == .all ? trace.steps : trace.steps.filter { $0.document == trained - 1 }
        guard !shown.isEmpty else {
            let which = options.document == .all ? "every document" : "document \(trained)"
            throw InputError(option: "document", problem: "\(which) of \(lesson.name) is shorter than a context of \(AltText.count(lesson.model.contextLength, "word")), so training drops no balls",
                             fix: "choose a longer document, a shorter context, or start padding")
        }
        return trace
    }
}

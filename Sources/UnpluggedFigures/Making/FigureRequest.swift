import UnpluggedModel

/// One `render` (or one manifest entry): which figure, from which input, how.
///
/// `figures(measurer:)` reads the input and draws; nothing here writes files, so
/// `render`, `build` and the tests all make figures the same way.
public struct FigureRequest: Hashable, Sendable {
    public var kind: FigureKind
    /// A documents file or a `.csv` count table; nil for the built-in lesson.
    public var input: String?
    public var overrides: ReadingOverrides
    /// The words in a context, to count documents with; nil for 1 (or a table's own).
    public var contextLength: Int?
    /// Count documents with start padding, so first words are learnt too.
    public var startPadding: Bool
    public var options: FigureOptions

    public init(kind: FigureKind, input: String? = nil, overrides: ReadingOverrides = ReadingOverrides(),
                contextLength: Int? = nil, startPadding: Bool = false, options: FigureOptions = FigureOptions()) {
        self.kind = kind
        self.input = input
        self.overrides = overrides
        self.contextLength = contextLength
        self.startPadding = startPadding
        self.options = options
    }

    /// Reads the input and draws the figures: one, or a numbered sequence, or one per word.
    /// - Throws: `InputError` for a bad input, `FigureError` for a request the input
    ///   cannot satisfy (a training figure of a count table, a prompt word the model
    ///   does not know).
    public func figures(measurer: some TextMeasuring) throws -> [Figure] {
        let lesson = try Lesson.load(input, overrides: overrides, contextLength: contextLength,
                                     startPadding: startPadding)
        let options = options
        let name = options.name ?? kind.defaultName
        switch kind {
        case .stickies:
            return StickyFigure.figures(for: lesson.vocabulary, stem: name, theme: options.theme, measurer: measurer)
        case .table:
            return [TableFigure.figure(of: lesson.model, named: name, options: options, measurer: measurer)]
        case .bins:
            return [BinsFigure.figure(of: lesson.model, named: name, options: options, measurer: measurer)]
        case .generation:
            return try GenerationFigure.figures(of: lesson.model, input: inputName, named: name, options: options,
                                                measurer: measurer)
        case .graph:
            return [GraphFigure.figure(of: lesson.model, named: name, options: options, measurer: measurer)]
        case .training:
            return TrainingFigure.figures(of: try trainingTrace(of: lesson), named: name, options: options,
                                          measurer: measurer)
        case .overview:
            return [OverviewFigure.figure(of: try trainingTrace(of: lesson), named: name, options: options,
                                          measurer: measurer)]
        }
    }

    /// How errors name the input.
    private var inputName: String { input ?? BuiltInLesson.name }

    /// Training on the one document asked for, from empty bins: what the training
    /// and overview figures show.
    private func trainingTrace(of lesson: Lesson) throws -> TrainingTrace {
        guard let corpus = try lesson.corpus() else {
            throw FigureError(input: inputName, problem: "a count table has no documents to train on, so it cannot make a \(kind.rawValue) figure",
                              fix: "give a documents file (one document per line) as the input")
        }
        let count = corpus.documents.count
        guard corpus.documents.indices.contains(options.document - 1) else {
            throw FigureError(input: inputName, problem: "there is no document \(options.document): it has \(AltText.count(count, "document"))",
                              fix: count == 0 ? "add a document to the input" : "choose a document from 1 to \(count)")
        }
        let document = Corpus(documents: [corpus.documents[options.document - 1]], vocabulary: corpus.vocabulary,
                              metadata: corpus.metadata)
        let trace = TrainingTrace(corpus: document, contextLength: lesson.model.contextLength, startPadding: startPadding)
        guard !trace.steps.isEmpty else {
            throw FigureError(input: inputName, problem: "document \(options.document) is shorter than a context of \(AltText.count(lesson.model.contextLength, "word")), so training drops no balls",
                              fix: "choose a longer document, a shorter context, or --pad-start")
        }
        return trace
    }
}
/// A figure the input cannot make, and how to ask for one it can.
public struct FigureError: Error, Hashable, Sendable, CustomStringConvertible {
    public let input: String
    public let problem: String
    public let fix: String

    public init(input: String, problem: String, fix: String) {
        self.input = input
        self.problem = problem
        self.fix = fix
    }

    public var description: String { "\(input): \(problem); \(fix)" }
}

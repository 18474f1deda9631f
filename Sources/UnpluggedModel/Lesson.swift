/// What a command works from: a documents file counted into a model, a count table
/// read as one, or the built-in lesson.
public struct Lesson: Sendable {
    /// Where a lesson comes from.
    public enum Source: Hashable, Sendable {
        /// The reference pretrained model and training document, compiled in.
        case builtIn
        /// A documents file (any extension but `.csv`).
        case documents(path: String)
        /// A count table (`.csv`).
        case countTable(path: String)

        /// The source of `path`: a count table when it ends in `.csv`; the built-in
        /// lesson when there is no path.
        public init(path: String?) {
            guard let path else {
                self = .builtIn
                return
            }
            self = path.lowercased().hasSuffix(".csv") ? .countTable(path: path) : .documents(path: path)
        }
    }

    public let source: Source
    /// The counts: a bin per context, a column per word.
    public let model: Model
    /// The documents, when asked for at loading and the source has them (training
    /// traces are made from them): the figure layer reads no files.
    public let corpus: Corpus?
    /// Whether the documents were counted with start padding: training on them again
    /// pads them the same way.
    public let startPadding: Bool
    /// How its documents were read: a figure that cuts a text of its own (the tokens
    /// kind's `text`) cuts it the same way.
    public let overrides: ReadingOverrides
    /// How its text is read into words: a prompt or a chosen context is read the same
    /// way, so it names the words the model has.
    public let reading: WordReading

    /// The words, their order and colours.
    public var vocabulary: Vocabulary { model.vocabulary }

    /// How errors and captions name the lesson: its path, or "the built-in lesson".
    public var name: String {
        switch source {
        case .builtIn: BuiltInLesson.name
        case .documents(let path), .countTable(let path): path
        }
    }

    /// Loads a lesson.
    /// - Parameters:
    ///   - path: a documents file or a `.csv` count table; nil for the built-in lesson.
    ///   - reading: how a documents file is read and counted (a count table takes only
    ///     `end`, and a context length equal to its own).
    ///   - keepingDocuments: also keep a documents file's documents, whole, in memory
    ///     (`corpus`), for the figures that train on them; the count is streamed either
    ///     way. The built-in lesson always has its one training document.
    /// - Throws: `InputError`.
    public static func load(_ path: String?, reading: InputReading = InputReading(),
                            keepingDocuments: Bool = false) throws -> Lesson {
        let source = Source(path: path)
        let (overrides, contextLength, startPadding) = (reading.overrides, reading.contextLength, reading.startPadding)
        switch source {
        case .documents(let path):
            return try counting(InputText(contentsOf: path), reading: reading, keepingDocuments: keepingDocuments)
        case .countTable(let path):
            let model = try CountTableReader.read(InputText(contentsOf: path), endToken: overrides.end)
            try check(model, name: path, contextLength: contextLength, startPadding: startPadding)
            return Lesson(source: source, model: model, corpus: nil, startPadding: false, overrides: overrides,
                          reading: .asWritten(endToken: model.vocabulary.endToken))
        case .builtIn:
            let model = BuiltInLesson.pretrained
            try check(model, name: BuiltInLesson.name, contextLength: contextLength, startPadding: startPadding)
            return Lesson(source: source, model: model, corpus: BuiltInLesson.corpus, startPadding: false,
                          overrides: overrides, reading: .colourLesson(overrides))
        }
    }

    /// Counts documents already in memory (`serve`'s request bodies), exactly as
    /// `load` counts a documents file: the same reader, options and errors, the
    /// errors naming `text.name` and the line.
    /// - Throws: `InputError`.
    public static func counting(_ text: InputText, reading: InputReading = InputReading(),
                                keepingDocuments: Bool = false) throws -> Lesson {
        let (overrides, contextLength, startPadding) = (reading.overrides, reading.contextLength, reading.startPadding)
        let model = try DocumentsReader.count(text, overrides: overrides, contextLength: contextLength ?? 1,
                                              startPadding: startPadding)
        let corpus = keepingDocuments ? try DocumentsReader.read(text, overrides: overrides) : nil
        return Lesson(source: .documents(path: text.name), model: model, corpus: corpus, startPadding: startPadding,
                      overrides: overrides, reading: try DocumentsReader.reading(of: text, overrides: overrides))
    }

    /// A table is already counted: its context length is its own and it has no documents to pad.
    private static func check(_ model: Model, name: String, contextLength: Int?, startPadding: Bool) throws {
        if let contextLength, contextLength != model.contextLength {
            let words = { (count: Int) in English.count(count, "word") }
            throw InputError(file: name, line: nil, column: nil,
                             problem: "its count table has contexts of \(words(model.contextLength)), not \(words(contextLength))",
                             fix: "leave out the context length, or count a documents file with it")
        }
        if startPadding {
            throw InputError(file: name, line: nil, column: nil, problem: "its count table is already counted, so it cannot be padded",
                             fix: "pad when counting a documents file, or leave start padding out")
        }
    }
}

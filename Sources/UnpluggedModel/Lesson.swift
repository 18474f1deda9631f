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
    private let overrides: ReadingOverrides

    /// The words, their order and colours.
    public var vocabulary: Vocabulary { model.vocabulary }

    /// Loads a lesson.
    /// - Parameters:
    ///   - path: a documents file or a `.csv` count table; nil for the built-in lesson.
    ///   - overrides: reading choices that override a documents file's front matter
    ///     (for a count table only `end` applies: which header word is the end token).
    ///   - contextLength: the context length to count documents with (default 1); for a
    ///     count table or the built-in lesson it must match the table's, when given.
    ///   - startPadding: count documents with start padding (documents files only).
    /// - Throws: `InputError`.
    public static func load(_ path: String?, overrides: ReadingOverrides = ReadingOverrides(),
                            contextLength: Int? = nil, startPadding: Bool = false) throws -> Lesson {
        let source = Source(path: path)
        let model: Model
        switch source {
        case .documents(let path):
            model = try DocumentsReader.count(InputText(contentsOf: path), overrides: overrides,
                                              contextLength: contextLength ?? 1, startPadding: startPadding)
        case .countTable(let path):
            model = try CountTableReader.read(InputText(contentsOf: path), endToken: overrides.end)
            try check(model, name: path, contextLength: contextLength, startPadding: startPadding)
        case .builtIn:
            model = BuiltInLesson.pretrained
            try check(model, name: BuiltInLesson.name, contextLength: contextLength, startPadding: startPadding)
        }
        return Lesson(source: source, model: model, overrides: overrides)
    }

    /// The documents, read again, whole, into memory (training traces are made from
    /// them); nil for a count table, which has no documents. The built-in lesson's
    /// documents are its one training document.
    /// - Throws: `InputError`.
    public func corpus() throws -> Corpus? {
        switch source {
        case .builtIn: BuiltInLesson.corpus
        case .countTable: nil
        case .documents(let path): try DocumentsReader.read(InputText(contentsOf: path), overrides: overrides)
        }
    }

    /// A table is already counted: its context length is its own and it has no documents to pad.
    private static func check(_ model: Model, name: String, contextLength: Int?, startPadding: Bool) throws {
        if let contextLength, contextLength != model.contextLength {
            let words = { (count: Int) in "\(count) word\(count == 1 ? "" : "s")" }
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

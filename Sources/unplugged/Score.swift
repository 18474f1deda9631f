import ArgumentParser
import UnpluggedFigures
import UnpluggedModel

/// `unplugged score MODEL DOCUMENTS`: how likely the model was to write each document.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score documents under a model: each one's probability, perplexity and whether the model could write it.",
        usage: "unplugged score MODEL DOCUMENTS [options]",
        discussion: """
            MODEL is a documents file (counted with the options below) or a count table; \
            DOCUMENTS a documents file, its words read as MODEL's are (cut, lower-cased and \
            ended the same way; a count table's words as written). A document's probability \
            is the product of the chances of every ball drawn to write it: each word after its \
            first context (with --pad-start, from the start), then the end token. Its \
            perplexity is probability^(-1/steps). A document with a step never seen in \
            training could not have been written: probability 0, perplexity inf. \
            A last row or paragraph sums up.

            `unplugged score --help` lists its options.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("MODEL and DOCUMENTS, then the options below.", valueName: "arguments"))
    var arguments: [String] = []

    func run() throws {
        let request = try ScoreArguments(arguments)
        try reportingFailure {
            let reading = request.settings.reading
            if case .countTable(let path) = Lesson.Source(path: request.documents) {
                throw InputError(file: path, line: nil, column: nil, problem: "DOCUMENTS is a count table, which has no documents to score",
                                 fix: "give a documents file (any extension but .csv) as DOCUMENTS")
            }
            let lesson = try Lesson.load(request.model, reading: reading)
            // DOCUMENTS are read as the model's words were, so a word is the same word in both.
            let corpus = try DocumentsReader.read(InputText(contentsOf: request.documents), as: lesson.reading,
                                                  overrides: reading.overrides)
            var table = ScoreTable(format: request.format)
            for (index, document) in corpus.documents.enumerated() {
                table.add(DocumentScore(document: document, model: lesson.model, startPadding: reading.startPadding),
                          number: index + 1)
            }
            var output = StandardOutput()
            var text = table.finished
            text.withUTF8 { output.write(UnsafeRawBufferPointer($0)) }
            try output.finish()
        }
    }
}

/// What `score`'s arguments ask for.
struct ScoreArguments {
    var model = ""
    var documents = ""
    /// The reading options, for both files.
    var settings = Settings()
    var format: TableWriter.Format = .csv

    static let declarations: [OptionDeclaration<ScoreArguments>] = {
        Settings.readingOptions.map { $0.lifted(into: \.settings) } + [
            .choice("format", help: "How the scores are written.", kinds: [], \.format, defaultValue: .csv),
        ]
    }()

    /// Reads the arguments.
    /// - Throws: `ValidationError` (exit 64) for a command line that does not parse.
    init(_ arguments: [String]) throws {
        let parsed = try FlagParser(command: Score.self, declarations: Self.declarations)
            .parse(arguments, into: self, positionalsAtMost: 2, usage: "score takes MODEL and DOCUMENTS")
        guard parsed.positionals.count == 2 else {
            throw ValidationError("score takes MODEL and DOCUMENTS: \(parsed.positionals.isEmpty ? "both are" : "DOCUMENTS is") missing")
        }
        self = parsed.root
        (model, documents) = (parsed.positionals[0], parsed.positionals[1])
        try check(parsed.given, for: nil, input: documents)
    }
}

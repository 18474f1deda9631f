import ArgumentParser
import UnpluggedFigures
import UnpluggedModel

/// `unplugged sample [INPUT]`: generates documents by drawing balls from bins.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Generate documents: one per line, words separated by spaces, prompt included.",
        usage: "unplugged sample [INPUT] [options]",
        discussion: """
            Each document starts from the prompt; a ball is drawn from the bin of the last \
            words, its word appended, until the end token is drawn (it is not printed). \
            The same seed gives the same documents on every machine. \
            With no INPUT, the built-in lesson's pretrained model.

            `unplugged sample --help` lists its options.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("INPUT, then the options below.", valueName: "arguments"))
    var arguments: [String] = []

    func run() throws {
        let request = try SampleArguments(arguments)
        try reportingFailure {
            let lesson = try Lesson.load(request.input, reading: request.settings.reading)
            let options = try request.settings.figure.read(as: lesson)
            let sampler = Sampler(model: lesson.model, temperature: options.temperature, maximumLength: options.maximumLength,
                                  unseenContext: request.backoff ? .backOff : .fail)
            var generator = SplitMix64(seed: options.seed)
            var lines = "" // written at once: an error leaves no half of the output
            do {
                for _ in 0..<request.count {
                    lines += try sampler.generate(prompt: options.prompt, using: &generator).words.joined(separator: " ") + "\n"
                }
            } catch let error as SamplingError {
                throw error.inputError(lesson: lesson.name)
            }
            var output = StandardOutput()
            lines.withUTF8 { output.write(UnsafeRawBufferPointer($0)) }
            try output.finish()
        }
    }
}

/// What `sample`'s arguments ask for.
struct SampleArguments {
    var input: String?
    /// The reading options, and the prompt, seed and maximum length generation figures take.
    var settings: Settings
    var count = 1
    var backoff = false

    /// The options of generation figures `sample` takes too, by name, after the
    /// reading options.
    private static let generation = ["prompt", "seed", "max-length", "temperature"]
    /// A document may run longer here than in a figure, which must fit on a slide.
    private static let maximumLength = 100

    static let declarations: [OptionDeclaration<SampleArguments>] = {
        let shared = Settings.readingOptions + generation.compactMap(Settings.option(named:))
        return shared.map { option in
            option.lifted(into: \.settings, defaultDescription: option.name == "max-length" ? String(maximumLength) : nil)
        } + [
            .value("count", help: "How many documents to generate.", valueName: "n", defaultDescription: "1", kinds: [],
                   \.count) { text throws(OptionProblem) in
                try OptionText.wholeNumber(text, from: 1)
            },
            .flag("backoff", help: "For a context never seen in training, use its last words instead of stopping.",
                  kinds: [], \.backoff),
        ]
    }()

    /// Reads the arguments.
    /// - Throws: `ValidationError` (exit 64) for a command line that does not parse.
    init(_ arguments: [String]) throws {
        settings = Settings()
        settings.figure.maximumLength = Self.maximumLength
        let parsed = try FlagParser(command: Sample.self, declarations: Self.declarations)
            .parse(arguments, into: self, positionalsAtMost: 1, usage: "sample takes at most one INPUT")
        self = parsed.root
        input = parsed.positionals.first
        try check(parsed.given, for: nil, input: input)
    }
}

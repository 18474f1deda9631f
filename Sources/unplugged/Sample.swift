import ArgumentParser
import UnpluggedModel

/// `unplugged sample [INPUT]`: generates documents by drawing balls from bins.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Generate documents: one per line, words separated by spaces, prompt included.",
        discussion: """
            Each document starts from the prompt; a ball is drawn from the bin of the last \
            words, its word appended, until the end token is drawn (it is not printed). \
            The same seed gives the same documents on every machine. \
            With no INPUT, the built-in lesson's pretrained model.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The words every document starts with, separated by commas.", valueName: "w1,w2"))
    var prompt: String?

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: "How many documents to generate.")
    var count = 1

    @Option(help: "1 draws as counted; towards 0 the likeliest word wins; above 1 flatter.")
    var temperature = 1.0

    @Option(help: "The most words in a document, prompt included.")
    var maxLength = 100

    @Option(name: .customLong("context"), help: ArgumentHelp("The words in a context, to count documents with (default 1).", valueName: "n"))
    var contextLength: Int?

    @Flag(help: "Precede each document with end tokens, so the start bin learns first words too.")
    var padStart = false

    @Flag(help: "For a context never seen in training, use its last words instead of stopping.")
    var backoff = false

    /// The prompt's words.
    private var promptWords: [String] {
        prompt.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be 1 or more, not \(count).") }
        guard temperature >= 0, temperature.isFinite else {
            throw ValidationError("--temperature must be 0 or more, not \(temperature).")
        }
        guard maxLength >= 1 else { throw ValidationError("--max-length must be 1 or more, not \(maxLength).") }
        if let contextLength, contextLength < 1 {
            throw ValidationError("--context must be 1 or more, not \(contextLength).")
        }
        if promptWords.contains(where: \.isEmpty) {
            throw ValidationError("--prompt has an empty word; separate words with single commas, as in --prompt blue,green.")
        }
        if padStart, !input.isDocumentsFile {
            throw ValidationError("--pad-start counts documents; give a documents file as INPUT.")
        }
    }

    func run() throws {
        var loaded: Lesson?
        try reportingFailure {
            loaded = try input.load(contextLength: contextLength, startPadding: padStart)
        }
        guard let lesson = loaded else { return }
        let sampler = Sampler(model: lesson.model, temperature: temperature, maximumLength: maxLength,
                              unseenContext: backoff ? .backOff : .fail)
        do {
            try sampler.check(prompt: promptWords)
        } catch {
            throw ValidationError("--prompt: \(error)")
        }
        try reportingFailure {
            var generator = SplitMix64(seed: seed)
            var lines = "" // written at once: an error leaves no half of the output
            for _ in 0..<count {
                let trace: GenerationTrace
                do {
                    trace = try sampler.generate(prompt: promptWords, using: &generator)
                } catch {
                    // Which input's model could not go on.
                    throw FileError(path: input.input ?? BuiltInLesson.name, reason: "\(error)")
                }
                lines += trace.words.joined(separator: " ") + "\n"
            }
            var output = StandardOutput()
            lines.withUTF8 { output.write(UnsafeRawBufferPointer($0)) }
            try output.finish()
        }
    }
}

import ArgumentParser
import UnpluggedFigures

/// The options that shape a figure (`FigureOptions`), as `render` spells them.
/// Each applies to the kinds its help names; the others ignore it.
struct FigureOptionFlags: ParsableArguments {
    @Option(name: .customLong("context"), help: ArgumentHelp("The words in a context, to count documents with (default 1).", valueName: "n"))
    var contextLength: Int?

    @Flag(help: "Precede each document with end tokens, so the start bin learns first words too.")
    var padStart = false

    @Option(help: ArgumentHelp("The file name, before any frame number (default: the kind's name in the lesson).", valueName: "name"))
    var name: String?

    @Option(help: "Seeds how balls are mixed and what generation draws.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("training, overview: the document to train on, from 1.", valueName: "k"))
    var document = 1

    @Option(help: ArgumentHelp("generation: the words the document starts with, separated by commas.", valueName: "w1,w2"))
    var prompt: String?

    @Option(help: "generation: the most words the document may reach, prompt included.")
    var maxLength = 20

    @Option(help: "training: each step as two frames (go to the bin, drop the ball) or one.")
    var frames: FigureOptions.FramesPerStep = .two

    @Option(name: .customLong("balls"), help: "bins, generation: balls mixed in a seeded order, or grouped by word.")
    var ballOrder: FigureOptions.BallOrder = .mixed

    @Option(name: .customLong("values"), help: "table: what the cells hold.")
    var values: FigureOptions.TableValues = .percent

    @Flag(help: "table: tint each cell by its value.")
    var shade = false

    @Option(name: .customLong("top"), help: ArgumentHelp("table: show the likeliest k next words and \"other\" when there are more.", valueName: "k"))
    var topWords = 12

    /// The prompt's words.
    var promptWords: [String] {
        prompt.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    func validate() throws {
        if let contextLength, contextLength < 1 {
            throw ValidationError("--context must be 1 or more, not \(contextLength).")
        }
        if let name, FileName.safe(name) != name || name.isEmpty {
            throw ValidationError("--name must be a plain file name (letters, digits, - and _), not '\(name)'.")
        }
        guard document >= 1 else { throw ValidationError("--document counts from 1, not \(document).") }
        guard maxLength >= 1 else { throw ValidationError("--max-length must be 1 or more, not \(maxLength).") }
        guard topWords >= 1 else { throw ValidationError("--top must be 1 or more, not \(topWords).") }
        if promptWords.contains(where: \.isEmpty) {
            throw ValidationError("--prompt has an empty word; separate words with single commas, as in --prompt blue,green.")
        }
    }

    /// The options, with the default theme (the output options choose it).
    var options: FigureOptions {
        var options = FigureOptions()
        options.name = name
        options.seed = seed
        options.document = document
        options.prompt = promptWords
        options.maximumLength = maxLength
        options.framesPerStep = frames
        options.ballOrder = ballOrder
        options.values = values
        options.shading = shade
        options.topWords = topWords
        return options
    }
}

extension FigureOptions.FramesPerStep: ExpressibleByArgument {}
extension FigureOptions.BallOrder: ExpressibleByArgument {}
extension FigureOptions.TableValues: ExpressibleByArgument {}

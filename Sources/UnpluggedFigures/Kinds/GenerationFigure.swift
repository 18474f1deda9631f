import Foundation
import UnpluggedModel

/// The `generation` figure: numbered frames of generating one document. The prompt
/// is on top; each frame draws a ball from the bin of the last words (the bin in
/// focus, the drawn ball ringed) and appends its sticky, with an arrow from the ball
/// up to the new sticky, until the end token is drawn or the maximum length reached.
public enum GenerationFigure {
    /// Every frame, `<name>00` (the prompt alone) to the last draw.
    /// - Throws: `InputError` when the prompt cannot be generated from: an unknown word
    ///   (the `prompt` option's mistake), a context never seen in training (`input`'s).
    public static func figures(of model: Model, input: String, named name: String, options: FigureOptions,
                               measurer: some TextMeasuring) throws -> [Figure] {
        var figures: [Figure] = []
        try forEachFrame(of: model, input: input, named: name, options: options, measurer: measurer) { figures.append($0) }
        return figures
    }

    /// The frames of `figures`, handed to `body` one at a time as each is made, so
    /// that a long generation need not hold all its scenes at once. Throws, before the
    /// first frame, what `figures` throws, and whatever `body` throws.
    public static func forEachFrame(of model: Model, input: String, named name: String, options: FigureOptions,
                                    measurer: some TextMeasuring, _ body: (Figure) throws -> Void) throws {
        let trace = try generate(from: model, input: input, options: options)
        let story = GenerationStory.fitted(model: model, trace: trace, options: options, measurer: measurer)
        let count = trace.draws.count + 1
        for index in 0..<count {
            try body(Figure(name: FrameNumbering.name(name, index: index, count: count),
                            slide: story.scene(afterDraws: index, theme: options.theme, measurer: measurer), on: options.page))
        }
    }

    /// The seeded draws, as `sample` makes them with the same seed and maximum length.
    static func generate(from model: Model, input: String, options: FigureOptions) throws -> GenerationTrace {
        let sampler = Sampler(model: model, temperature: options.temperature, maximumLength: options.maximumLength,
                              unseenContext: .fail)
        var generator = SplitMix64(seed: options.seed)
        do {
            return try sampler.generate(prompt: options.prompt, using: &generator)
        } catch let error as SamplingError {
            throw error.inputError(lesson: input)
        }
    }
}

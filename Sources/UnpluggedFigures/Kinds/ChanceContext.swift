import UnpluggedModel

/// The context whose next-word chances the `chances` and `temperature` figures show:
/// the prompt's last words, or, with no prompt, where a document starts.
enum ChanceContext {
    /// The bin after `prompt`.
    ///
    /// A prompt shorter than a context is preceded by end tokens when the model learnt
    /// how documents start (start padding), as generation does. With no prompt: the
    /// start context of such a model, else the first context in vocabulary order that
    /// has balls.
    /// - Throws: `InputError` at the `prompt` option for a word the model lacks, a
    ///   prompt too short for a context, or a context never seen; at `input` for a
    ///   model with no balls.
    static func bin(of model: Model, prompt: [String], input: String) throws -> Bin {
        let vocabulary = model.vocabulary
        let n = model.contextLength
        for word in prompt where !vocabulary.contains(word) {
            throw SamplingError.unknownWord(word, vocabulary: vocabulary.promptWords).inputError(lesson: input)
        }
        guard !prompt.isEmpty else { return try firstBin(of: model, input: input) }
        let padded = model.hasStartBin ? model.startContext.words + prompt : prompt
        guard padded.count >= n else {
            throw InputError(option: "prompt", problem: "the prompt has \(AltText.count(prompt.count, "word")) but the model's contexts have \(n)",
                             fix: "give \(AltText.count(n, "word"))")
        }
        let bin = model.bin(for: Context(Array(padded.suffix(n))))
        guard !bin.isEmpty else {
            let example = try firstBin(of: model, input: input).context
            throw InputError(option: "prompt", problem: "the context `\(bin.context)` was never seen in training, so its bin has no balls",
                             fix: "end the prompt with a context that was seen, such as `\(example)`")
        }
        return bin
    }

    /// The start bin of a padded model, else the first bin with balls in vocabulary order.
    private static func firstBin(of model: Model, input: String) throws -> Bin {
        if model.hasStartBin { return model.bin(for: model.startContext) }
        let vocabulary = model.vocabulary
        let rank = { (bin: Bin) in bin.context.words.map { vocabulary.index(of: $0) ?? .max } }
        guard let first = model.bins.filter({ !$0.isEmpty }).min(by: { rank($0).lexicographicallyPrecedes(rank($1)) }) else {
            throw SamplingError.noBalls.inputError(lesson: input)
        }
        return first
    }
}

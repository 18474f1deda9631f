/// Why a document could not be generated.
public enum SamplingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A prompt word the model does not know.
    case unknownWord(String, vocabulary: [String])
    /// The prompt contains the end token, which ends documents.
    case endTokenInPrompt(String)
    /// The prompt has fewer words than a context, and backing off was not asked for.
    case promptTooShort(words: Int, contextLength: Int)
    /// The prompt has more words than the maximum length.
    case promptTooLong(words: Int, maximumLength: Int)
    /// The context's bin has no balls: it was never seen in training.
    case unseenContext(Context)
    /// The model has no balls at all.
    case noBalls

    public var description: String { "\(problem); \(fix)" }

    /// What is wrong.
    public var problem: String {
        switch self {
        case .unknownWord(let word, _):
            "the prompt word `\(word)` is not in the model's vocabulary"
        case .endTokenInPrompt(let word):
            "the prompt contains the end token `\(word)`, which ends a document"
        case .promptTooShort(let words, let contextLength):
            "the prompt has \(English.count(words, "word")) but the model's contexts have \(contextLength)"
        case .promptTooLong(let words, let maximumLength):
            "the prompt has \(English.count(words, "word")), more than the maximum length \(maximumLength)"
        case .unseenContext(let context):
            "the context `\(context)` was never seen in training, so its bin has no balls"
        case .noBalls:
            "the model has no balls in any bin"
        }
    }

    /// How to fix it.
    public var fix: String {
        switch self {
        case .unknownWord(_, let vocabulary):
            "use words of the vocabulary (\(vocabulary.prefix(12).joined(separator: ", ") + (vocabulary.count > 12 ? ", …" : "")))"
        case .endTokenInPrompt: "leave it out of the prompt"
        case .promptTooShort(_, let contextLength): "give at least \(English.count(contextLength, "word")), or back off to shorter contexts"
        case .promptTooLong: "shorten the prompt or raise the maximum length"
        case .unseenContext: "back off to a shorter context, or train on documents where it occurs"
        case .noBalls: "train it on at least one document longer than the context"
        }
    }

    /// The error as the user's mistake: a bad prompt is the `prompt` option's, a model
    /// that cannot go on is the input's (`lesson`, as errors name it).
    public func inputError(lesson: String) -> InputError {
        switch self {
        case .unknownWord, .endTokenInPrompt, .promptTooShort, .promptTooLong:
            InputError(option: "prompt", problem: problem, fix: fix)
        case .unseenContext, .noBalls:
            InputError(file: lesson, line: nil, column: nil, problem: problem, fix: "\(fix), or choose another prompt or seed")
        }
    }
}

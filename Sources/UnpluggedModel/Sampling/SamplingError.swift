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

    public var description: String {
        switch self {
        case .unknownWord(let word, let vocabulary):
            let shown = vocabulary.prefix(12).joined(separator: ", ") + (vocabulary.count > 12 ? ", …" : "")
            return "the prompt word `\(word)` is not in the model's vocabulary; use words of the vocabulary (\(shown))"
        case .endTokenInPrompt(let word):
            return "the prompt contains the end token `\(word)`, which ends a document; leave it out of the prompt"
        case .promptTooShort(let words, let contextLength):
            return "the prompt has \(words) word\(words == 1 ? "" : "s") but the model's contexts have \(contextLength); give at least \(contextLength) words, or back off to shorter contexts"
        case .promptTooLong(let words, let maximumLength):
            return "the prompt has \(words) words, more than the maximum length \(maximumLength); shorten the prompt or raise the maximum length"
        case .unseenContext(let context):
            return "the context `\(context)` was never seen in training, so its bin has no balls; back off to a shorter context, or train on documents where it occurs"
        case .noBalls:
            return "the model has no balls in any bin; train it on at least one document longer than the context"
        }
    }
}

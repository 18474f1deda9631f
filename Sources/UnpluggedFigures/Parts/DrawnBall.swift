/// One ball of a drawn bin: a next word's, or one of the grey balls that pool a large
/// model's rarer next words, so a bin of hundreds of next words stays readable.
///
/// "Other" is a case of its own rather than a word, so it can never be mistaken for a
/// token a corpus happens to have.
public enum DrawnBall: Hashable, Sendable {
    case word(String)
    /// Any next word but the bin's likeliest, drawn grey and unnamed.
    case other

    /// The ball's word; nil for an "other" ball.
    public var word: String? {
        switch self {
        case .word(let word): word
        case .other: nil
        }
    }
}

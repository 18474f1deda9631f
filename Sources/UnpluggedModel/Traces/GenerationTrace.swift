/// Every draw of one generated document, so a figure can show each step: the bin
/// the context points to, the ball drawn from it, and the sticky appended.
public struct GenerationTrace: Hashable, Sendable {
    /// The words generation started from.
    public let prompt: [String]
    /// True when no prompt was given and the model has no start bin, so the first
    /// context was drawn, every bin with balls equally likely.
    public let promptWasDrawn: Bool
    /// The draws, in order.
    public let draws: [GenerationDraw]
    /// The document: the prompt, then the words drawn, without the end token.
    public let words: [String]
    /// Why generation stopped.
    public let stop: Stop

    /// Why generation of a document stopped.
    public enum Stop: Hashable, Sendable {
        /// A ball of the end token was drawn.
        case endToken
        /// The document reached the maximum length before an end token was drawn.
        case maximumLength
    }
}

/// One draw: go to the bin of the context, draw a ball, append its word.
public struct GenerationDraw: Hashable, Sendable {
    /// The draw's number, from 0.
    public let index: Int
    /// The last words of the document: the bin generation asked for. Padded with end
    /// tokens at the start of a document when the model was trained that way.
    public let context: Context
    /// The bin the ball was drawn from, with its counts. Its context is shorter than
    /// `context` when that context was never seen and generation backed off.
    public let bin: Bin
    /// The word of the ball drawn: the word appended (or the end token).
    public let ball: String
    /// The document after the draw: the prompt, the words drawn so far, this ball last.
    public let document: [String]

    /// Whether the bin of `context` was empty, so a shorter context was used.
    public var backedOff: Bool { bin.context.words.count < context.words.count }
}

extension DocumentScore {
    /// Why a model could not have written a document: what it never saw in training.
    ///
    /// A word it never saw at all says most (the two halves of a room wrote about
    /// different things), so it is named before a word that never followed a context.
    public enum Impossibility: Hashable, Sendable, CustomStringConvertible {
        /// The document is shorter than a context and was scored without start
        /// padding: there is no first context to start writing from.
        case tooShort(contextLength: Int)
        /// The first word of the document the model never saw in training.
        case unseenWord(String)
        /// The first step whose word never followed its context in training; the word
        /// is the end token when no document ended there.
        case unseenAfter(word: String, context: Context, isEnd: Bool)

        /// Why the document of `steps` is impossible.
        /// - Precondition: some step has no balls of its word, or there is no step.
        init(of document: [String], steps: [Step], model: Model) {
            if let unseen = document.first(where: { !model.hasSeen($0) }) {
                self = .unseenWord(unseen)
            } else if let step = steps.first(where: { $0.count == 0 }) {
                self = .unseenAfter(word: step.word, context: step.context, isEnd: model.vocabulary.isEnd(step.word))
            } else {
                self = .tooShort(contextLength: model.contextLength)
            }
        }

        /// "never saw 'sleep'", "never saw 'park' after 'the'", "never saw a document
        /// end after 'the'", "shorter than a context of 2 words".
        public var description: String {
            switch self {
            case .tooShort(let length): "shorter than a context of \(length) word\(length == 1 ? "" : "s")"
            case .unseenWord(let word): "never saw '\(word)'"
            case .unseenAfter(let word, let context, let isEnd):
                "never saw \(isEnd ? "a document end" : "'\(word)'") after '\(context.words.joined(separator: " "))'"
            }
        }
    }
}

/// Every step of training on some documents, as the teacher's numbered slides show it:
/// look at the context words, go to their bin, drop in a ball of the next word.
///
/// Figures are drawn from this trace, and its final counts are `Model(counting:)`'s,
/// so a training figure can never disagree with the model.
public struct TrainingTrace: Hashable, Sendable {
    public let vocabulary: Vocabulary
    public let contextLength: Int
    public let startPadding: Bool
    /// The documents trained on, each ending with the end token.
    public let documents: [[String]]
    /// The steps, in order: document by document, word by word.
    public let steps: [TrainingStep]

    /// Traces training on every document of `corpus`, from empty bins.
    /// - Parameters:
    ///   - contextLength: the words in a context (n ≥ 1).
    ///   - startPadding: precede each document with `contextLength` end tokens, so the
    ///     first words are learnt too (the start bin's context is end tokens only).
    public init(corpus: Corpus, contextLength: Int = 1, startPadding: Bool = false) {
        precondition(contextLength >= 1, "a context has at least one word")
        let vocabulary = corpus.vocabulary
        self.vocabulary = vocabulary
        self.contextLength = contextLength
        self.startPadding = startPadding
        let end = corpus.vocabulary.endToken
        documents = corpus.documents.map { $0 + [end] }
        var counts: [Context: [String: Int]] = [:]
        var steps: [TrainingStep] = []
        for (documentIndex, document) in documents.enumerated() {
            let padded = (startPadding ? Array(repeating: end, count: contextLength) : []) + document
            let padding = padded.count - document.count
            for index in contextLength..<max(contextLength, padded.count) {
                let context = Context(Array(padded[index - contextLength..<index]))
                let ball = padded[index]
                counts[context, default: [:]][ball, default: 0] += 1
                // Sorted into vocabulary order: a dictionary's order must not reach a figure.
                let bin = Bin(context: context, counts: counts[context]!
                    .map { BallCount(word: $0.key, count: $0.value) }
                    .sorted { vocabulary.index(of: $0.word)! < vocabulary.index(of: $1.word)! })
                steps.append(TrainingStep(index: steps.count, document: documentIndex, position: index - padding,
                                          context: context, ball: ball, binAfter: bin))
            }
        }
        self.steps = steps
    }

    /// The model after the first `stepCount` steps (all of them by default): the bins
    /// a frame shows after that many balls have been dropped.
    public func model(afterSteps stepCount: Int? = nil) -> Model {
        let stepCount = stepCount ?? steps.count
        precondition((0...steps.count).contains(stepCount), "a step count within the trace")
        var table = NGramTable(width: contextLength + 1)
        var gram = [UInt32](repeating: 0, count: contextLength + 1)
        for step in steps.prefix(stepCount) {
            for (position, word) in (step.context.words + [step.ball]).enumerated() {
                gram[position] = UInt32(vocabulary.index(of: word)!)
            }
            gram.withUnsafeBufferPointer { table.add($0) }
        }
        return Model(vocabulary: vocabulary, metadata: Metadata(), counted: table)
    }
}

/// One step of training: one ball dropped into one bin.
public struct TrainingStep: Hashable, Sendable {
    /// The step's number, from 0, across all documents.
    public let index: Int
    /// The document's number, from 0.
    public let document: Int
    /// Where the ball's word is in its document (from 0; the end token is at the
    /// document's word count).
    public let position: Int
    /// The context words: the bin's label.
    public let context: Context
    /// The word whose ball is dropped into the bin: the word at `position`.
    public let ball: String
    /// The bin after the ball was added.
    public let binAfter: Bin

    /// Where the context words are in the document; positions below 0 are the start
    /// padding's end tokens.
    public var contextPositions: Range<Int> { position - context.words.count..<position }
}

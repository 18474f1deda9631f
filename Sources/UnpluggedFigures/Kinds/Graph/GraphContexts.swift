import UnpluggedModel

/// Which contexts a state diagram shows.
///
/// A small model shows every context, as the bins figure does, unless a prompt asks
/// for the neighbourhood of its words and that leaves some out. A large one cannot show every context: a
/// ring of its fullest contexts is a hairball of arrows between unrelated words. So it
/// shows the neighbourhood of where a document starts: the prompt's context, the
/// contexts its likeliest next words lead to, and theirs, two steps out. Without a
/// prompt it starts from the start context (with start padding, the first words of
/// the documents) or else from the fullest contexts, the most frequent words. A
/// diagram that cannot hold its contexts readably on its page asks again with a
/// `limit`, and gets a smaller neighbourhood, even of a small model.
struct GraphContexts {
    /// The contexts to draw: in vocabulary order, or a neighbourhood in the order it is
    /// reached, so on a ring a context sits near the ones it leads to.
    let contexts: [Context]
    /// How many contexts with balls are left out.
    let hiddenCount: Int
    /// Where the neighbourhood starts, nil when every context is shown.
    let startingFrom: [Context]?
    /// How many steps out from the start each context is (0 for a start), nil when
    /// every context is shown.
    let steps: [Int]?

    /// More words than this (the end token aside) make a large vocabulary.
    static let wordLimit = 12
    /// More contexts than this make a large model; a neighbourhood stops at this many.
    static let contextLimit = 16
    /// How many next words each context of a neighbourhood follows out.
    static let branching = 3
    /// How many contexts a neighbourhood starts from at most: the fullest of those
    /// ending in the prompt, or of all without one.
    static let fullestStarts = 2

    /// - Throws: `InputError` (the `prompt` option's) for a prompt word the model lacks,
    ///   or a prompt no context of the model ends in.
    init(model: Model, prompt: [String], top: Int, limit: Int? = nil) throws {
        let vocabulary = model.vocabulary
        let all = BinSelection(model: model, fillingUp: true)
        let words = vocabulary.words.count { !vocabulary.isEnd($0) }
        let withBalls = model.bins.filter { !$0.isEmpty }
        let isSmall = words <= Self.wordLimit && all.contexts.count <= Self.contextLimit
        if prompt.isEmpty, isSmall, limit == nil {
            (contexts, hiddenCount, startingFrom, steps) = (all.contexts, all.hiddenCount, nil, nil)
            return
        }
        for word in prompt where vocabulary.index(of: word) == nil || vocabulary.isEnd(word) {
            throw (vocabulary.isEnd(word) ? SamplingError.endTokenInPrompt(word)
                : SamplingError.unknownWord(word, vocabulary: vocabulary.promptWords)).inputError(lesson: "")
        }
        let fullestFirst = withBalls
            .sorted { $0.total != $1.total ? $0.total > $1.total : BinSelection.precedes($0.context, $1.context, in: vocabulary) }
            .map(\.context)
        let starts: [Context]
        if !prompt.isEmpty {
            let tail = Array(prompt.suffix(model.contextLength))
            starts = Array(fullestFirst.filter { Array($0.words.suffix(tail.count)) == tail }.prefix(Self.fullestStarts))
            guard !starts.isEmpty else {
                throw InputError(option: "prompt", problem: "no context ending in `\(tail.joined(separator: " "))` was seen in training",
                                 fix: "choose a prompt whose last words are followed by another word somewhere in the documents")
            }
        } else if model.hasStartBin {
            starts = [model.startContext]
        } else {
            starts = Array(fullestFirst.prefix(Self.fullestStarts))
        }
        var chosen = starts
        var steps = starts.map { _ in 0 }
        var frontier = starts
        let branching = min(top, Self.branching)
        let most = limit ?? Self.contextLimit
        for step in 1...2 {
            var next: [Context] = []
            for context in frontier {
                for word in Self.likeliestWords(after: context, in: model, count: branching) {
                    let reached = Context(Array(context.words.dropFirst()) + [word])
                    guard chosen.count < most, !chosen.contains(reached),
                          !model.bin(for: reached).isEmpty else { continue }
                    chosen.append(reached)
                    steps.append(step)
                    next.append(reached)
                }
            }
            frontier = next
        }
        if isSmall, limit == nil, withBalls.allSatisfy({ chosen.contains($0.context) }) {
            // The neighbourhood is the whole model: its own layout shows it better.
            (contexts, hiddenCount, startingFrom, self.steps) = (all.contexts, all.hiddenCount, nil, nil)
            return
        }
        contexts = chosen
        hiddenCount = withBalls.count - chosen.count { !model.bin(for: $0).isEmpty }
        startingFrom = starts
        self.steps = steps
    }

    /// The `count` likeliest next words of `context` but the end token (ties: vocabulary order).
    static func likeliestWords(after context: Context, in model: Model, count: Int) -> [String] {
        model.bin(for: context).counts.enumerated()
            .filter { $0.element.count > 0 && !model.vocabulary.isEnd($0.element.word) }
            .sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
            .prefix(count).map(\.element.word)
    }
}

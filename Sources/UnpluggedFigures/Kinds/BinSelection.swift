import UnpluggedModel

/// Which bins a figure shows, in what order.
///
/// A small model shows every context its words can make, so an empty bin looks empty
/// and a teacher sees the whole model (4 bins for the colour lesson, 16 for context 2).
/// A large one (a novel's thousands of contexts) shows the bins a trace visits, or the
/// fullest few, and says how many it left out. Bins are in vocabulary order, so a bin
/// keeps its place from figure to figure, except the fullest few of a large model,
/// which go fullest first: a reader of a cut-down model looks for what it holds most.
struct BinSelection {
    /// The contexts to draw, in vocabulary order (fullest first when cut down to the fullest).
    let contexts: [Context]
    /// How many bins with balls are left out.
    let hiddenCount: Int

    /// Up to this many contexts, every possible one is shown.
    static let everyContextLimit = 36
    /// A large model's table shows this many of the fullest rows.
    static let fullestLimit = 24
    /// A large model's bins figure shows this many of the fullest bins: three rows of
    /// four, a near-square figure a slide shows at a readable size, where 24 made a
    /// tall one shrunk to half that, with a longer legend.
    static let fullestBins = 12

    /// - Parameters:
    ///   - visited: contexts a trace goes to; always shown.
    ///   - fillingUp: show the fullest bins of a large model (the bins figure); without
    ///     it a large model shows only the visited bins (training, generation).
    ///   - fullest: how many of the fullest bins, when filling up.
    init(model: Model, visited: [Context] = [], fillingUp: Bool, fullest: Int = fullestLimit) {
        let vocabulary = model.vocabulary
        let withBalls = model.bins.filter { !$0.isEmpty }
        var chosen = Set(visited)
        var hidden = 0
        if let every = BinSelection.everyContext(of: vocabulary, length: model.contextLength) {
            chosen.formUnion(every)
            chosen.formUnion(withBalls.map(\.context))
        } else if fillingUp {
            let fullest = withBalls
                .sorted { $0.total != $1.total ? $0.total > $1.total : BinSelection.precedes($0.context, $1.context, in: vocabulary) }
                .prefix(fullest)
            chosen.formUnion(fullest.map(\.context))
            hidden = withBalls.count { !chosen.contains($0.context) }
        } else {
            hidden = withBalls.count { !chosen.contains($0.context) }
        }
        contexts = fillingUp && hidden > 0
            ? chosen.map(model.bin(for:))
                .sorted { $0.total != $1.total ? $0.total > $1.total : BinSelection.precedes($0.context, $1.context, in: vocabulary) }
                .map(\.context)
            : chosen.sorted { BinSelection.precedes($0, $1, in: vocabulary) }
        hiddenCount = hidden
    }

    /// The contexts a teacher chose (the `contexts` option), in the order given: a
    /// novel's table of "the", "a" and "i" rather than its fullest bins.
    /// - Throws: `InputError` placed at `.option("contexts")` for a context of the wrong
    ///   length, one given twice, or one the model does not have (no balls, and not one
    ///   of a small model's every context).
    init(model: Model, chosen: [Context]) throws {
        let vocabulary = model.vocabulary
        let length = model.contextLength
        let every = Set(BinSelection.everyContext(of: vocabulary, length: length) ?? [])
        var seen: Set<Context> = []
        for context in chosen {
            guard context.words.count == length else {
                throw InputError(option: "contexts",
                                 problem: "the context `\(context)` has \(AltText.count(context.words.count, "word")), but this model's contexts have \(AltText.count(length, "word"))",
                                 fix: "give contexts of \(AltText.count(length, "word")) each\(length > 1 ? ", separated by spaces" : "")")
            }
            guard seen.insert(context).inserted else {
                throw InputError(option: "contexts", problem: "the context `\(context)` is given twice",
                                 fix: "give each context once")
            }
            guard every.contains(context) || !model.bin(for: context).isEmpty else {
                let fullest = model.bins.filter { !$0.isEmpty }
                    .sorted { $0.total != $1.total ? $0.total > $1.total : BinSelection.precedes($0.context, $1.context, in: vocabulary) }
                    .map(\.context.description)
                let fix = Suggestion.nearest(to: context.description, among: fullest).map { "did you mean `\($0)`?" }
                    ?? "choose contexts it has, such as the fullest: " + OptionDeclaration<Settings>.list(fullest.prefix(3).map { "`\($0)`" })
                throw InputError(option: "contexts", problem: "the model has no context `\(context)`: no balls follow it",
                                 fix: fix)
            }
        }
        contexts = chosen
        hiddenCount = model.bins.count { !$0.isEmpty && !seen.contains($0.context) }
    }

    /// The `count` fullest of these bins, fullest first (ties in vocabulary order): a
    /// figure that cannot show them all readably shows fewer, and says how many not.
    func fullest(_ count: Int, of model: Model) -> BinSelection {
        let vocabulary = model.vocabulary
        let kept = contexts.map(model.bin(for:))
            .sorted { $0.total != $1.total ? $0.total > $1.total : BinSelection.precedes($0.context, $1.context, in: vocabulary) }
            .prefix(count).map(\.context)
        let shown = Set(kept)
        return BinSelection(contexts: kept, hiddenCount: model.bins.count { !$0.isEmpty && !shown.contains($0.context) })
    }

    private init(contexts: [Context], hiddenCount: Int) {
        self.contexts = contexts
        self.hiddenCount = hiddenCount
    }

    /// The contexts a compare figure sets on both sides, in this order: a side that never
    /// saw one of them shows its bin empty. It hides nothing of its own: the compare
    /// figure says once, under both halves, how many contexts it leaves out, counted over
    /// both (each half counting its own bins would say two numbers for one choice).
    init(compared contexts: [Context]) {
        self.init(contexts: contexts, hiddenCount: 0)
    }

    /// Every context of `length` words that are not the end token, when there are at
    /// most `everyContextLimit` of them.
    static func everyContext(of vocabulary: Vocabulary, length: Int) -> [Context]? {
        let words = vocabulary.words.filter { !vocabulary.isEnd($0) }
        var contexts: [[String]] = [[]]
        for _ in 0..<length {
            guard contexts.count * max(words.count, 1) <= everyContextLimit else { return nil }
            contexts = contexts.flatMap { prefix in words.map { prefix + [$0] } }
        }
        return contexts.map(Context.init)
    }

    /// Vocabulary order, word by word: the order of the table's rows.
    static func precedes(_ left: Context, _ right: Context, in vocabulary: Vocabulary) -> Bool {
        let leftIndices = left.words.map { vocabulary.index(of: $0) ?? Int.max }
        let rightIndices = right.words.map { vocabulary.index(of: $0) ?? Int.max }
        return leftIndices.lexicographicallyPrecedes(rightIndices)
    }

    /// The shown contexts that generation can reach but whose bins hold no balls: a
    /// document that gets there cannot go on.
    func deadEnds(in model: Model) -> Set<Context> {
        let empty = Set(contexts.filter { model.bin(for: $0).isEmpty })
        guard !empty.isEmpty else { return [] }
        var reached: Set<Context> = []
        for bin in model.bins {
            for ball in bin.counts where ball.count > 0 && !model.vocabulary.isEnd(ball.word) {
                let next = Context(Array(bin.context.words.dropFirst()) + [ball.word])
                if empty.contains(next) { reached.insert(next) }
            }
        }
        return reached
    }
}

import UnpluggedModel

/// The contexts a compare figure shows on both sides, in the same order, and where
/// the two models differ most.
///
/// A small model shows every context either model has balls for, in vocabulary order,
/// so a bin sits at the same place on both sides. A large one shows the contexts where
/// the chances of some next word differ most, still in vocabulary order, and says how
/// many it left out: first among the contexts both models have seen, whose chances
/// compare, then, when those are fewer, among those only one saw (two halves of
/// different words share few contexts), whose bin the other side shows empty.
struct CompareContexts {
    /// The contexts drawn on both sides.
    let contexts: [Context]
    /// How many contexts with balls on either side are left out.
    let hiddenCount: Int
    /// For each context shown, the next word whose chance differs most, largest first.
    let differences: [Difference]

    /// The same comparison showing only the `count` contexts where the halves differ
    /// most (a slide that cannot show more readably), still in vocabulary order.
    func keeping(_ count: Int) -> CompareContexts {
        guard count < contexts.count else { return self }
        let kept = Array(differences.prefix(count))
        let order = Dictionary(uniqueKeysWithValues: contexts.enumerated().map { ($1, $0) })
        return CompareContexts(contexts: kept.map(\.context).sorted { order[$0]! < order[$1]! },
                               hiddenCount: hiddenCount + contexts.count - count, differences: kept)
    }

    private init(contexts: [Context], hiddenCount: Int, differences: [Difference]) {
        self.contexts = contexts
        self.hiddenCount = hiddenCount
        self.differences = differences
    }

    /// A large model shows this many contexts.
    static let largeLimit = 12

    /// One context's largest difference between the two models.
    struct Difference {
        let context: Context
        let word: String
        /// The chance of `word` after `context` in the left and the right model, 0 to 1.
        let left: Double
        let right: Double

        var size: Double { abs(left - right) }

        /// The chances as every figure prints them: the left and right bins' own.
        var leftPercent: Percent
        var rightPercent: Percent
    }

    /// - Precondition: both models have the same vocabulary (two halves' words together)
    ///   and context length.
    init(left: Model, right: Model) {
        let vocabulary = left.vocabulary
        func seen(_ model: Model) -> Set<Context> { Set(model.bins.filter { !$0.isEmpty }.map(\.context)) }
        let either = seen(left).union(seen(right))
        let inOrder = { (contexts: [Context]) in contexts.sorted { BinSelection.precedes($0, $1, in: vocabulary) } }
        let candidates = inOrder(Array(either)).map { CompareContexts.difference(at: $0, left: left, right: right) }
        if BinSelection.everyContext(of: vocabulary, length: left.contextLength) != nil {
            contexts = candidates.map(\.context)
            hiddenCount = 0
            differences = CompareContexts.largestFirst(candidates)
        } else {
            let both = seen(left).intersection(seen(right))
            let kept = (CompareContexts.largestFirst(candidates.filter { both.contains($0.context) })
                + CompareContexts.largestFirst(candidates.filter { !both.contains($0.context) })).prefix(Self.largeLimit)
            contexts = inOrder(kept.map(\.context))
            hiddenCount = either.count - kept.count
            differences = Array(kept)
        }
    }

    /// The next word after `context` whose chance differs most; the first in vocabulary
    /// order among equals.
    private static func difference(at context: Context, left: Model, right: Model) -> Difference {
        let leftBin = left.bin(for: context)
        let rightBin = right.bin(for: context)
        var largest: Difference?
        for word in left.vocabulary.words {
            let found = Difference(context: context, word: word,
                                   left: leftBin.isEmpty ? 0 : leftBin.probability(of: word),
                                   right: rightBin.isEmpty ? 0 : rightBin.probability(of: word),
                                   leftPercent: .unseen, rightPercent: .unseen)
            if largest == nil || found.size > largest!.size { largest = found }
        }
        largest!.leftPercent = leftBin.percent(of: largest!.word)
        largest!.rightPercent = rightBin.percent(of: largest!.word)
        return largest!
    }

    /// Largest difference first; a stable sort keeps vocabulary order among equals.
    private static func largestFirst(_ differences: [Difference]) -> [Difference] {
        differences.enumerated().sorted { $0.element.size != $1.element.size ? $0.element.size > $1.element.size : $0.offset < $1.offset }
            .map(\.element)
    }
}

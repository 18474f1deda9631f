/// A bucket of balls: for one context, how many balls of each next word it holds.
///
/// Drawing a ball from it picks the next word with probability count / total.
public struct Bin: Hashable, Sendable {
    /// The context the bin belongs to (its label stickies).
    public let context: Context
    /// Every word with at least one ball, in vocabulary order, with its number of balls.
    public let counts: [BallCount]
    /// The number of balls in the bin.
    public let total: Int

    public init(context: Context, counts: [BallCount]) {
        self.context = context
        self.counts = counts.filter { $0.count > 0 }
        self.total = counts.reduce(0) { $0 + $1.count }
    }

    /// The number of balls of `word`.
    public func count(of word: String) -> Int {
        counts.first { $0.word == word }?.count ?? 0
    }

    /// P(word | context): the share of the bin's balls that are `word`'s; 0 for an
    /// empty bin.
    public func probability(of word: String) -> Double {
        total == 0 ? 0 : Double(count(of: word)) / Double(total)
    }

    /// Its words' chances as every figure prints them, in the order of `counts`.
    public var percentages: Percentages { Percentages(counts.map(\.count)) }

    /// The chance of `word` as every figure prints it ("0%" for a word with no ball).
    public func percent(of word: String) -> Percent {
        guard let index = counts.firstIndex(where: { $0.word == word }) else { return .unseen }
        return percentages.percents[index]
    }

    /// Whether the bin holds no ball: its context was never seen in training.
    public var isEmpty: Bool { total == 0 }

    /// One count per word of `vocabulary`, in its order (a row of the count table).
    public func row(in vocabulary: Vocabulary) -> [Int] {
        var row = Array(repeating: 0, count: vocabulary.count)
        for ball in counts {
            if let index = vocabulary.index(of: ball.word) { row[index] = ball.count }
        }
        return row
    }
}

/// How many balls of one word a bin holds.
public struct BallCount: Hashable, Sendable {
    public let word: String
    public let count: Int

    public init(word: String, count: Int) {
        self.word = word
        self.count = count
    }
}

import UnpluggedModel

/// The balls each bin of a figure holds, and how big they are drawn.
///
/// Counts are drawn as they are while they fit: balls first shrink from the preferred
/// size towards the smallest that still reads as a ball (the bins and generation
/// figures then look for bins that hold them, `BinGrid`); only when even those do not
/// fit is every count divided by one scale for the whole figure ("1 ball = 5 counts"),
/// so bins stay comparable with each other, and a bin with any count keeps a ball.
struct BallFilling {
    /// The radius a ball is drawn at when the bins have room.
    static let preferredRadius = 8.0
    /// The smallest radius before counts are scaled instead.
    static let minimumRadius = 3.5

    /// Which next words get balls of their own.
    enum Naming {
        /// Every next word, each keeping a ball while its bin has room: the training
        /// and generation frames, whose drawn words need a ball to point at.
        case everyWord
        /// A bin of more next words than `count` shows its likeliest `count` (ties in
        /// `vocabulary` order, as the table's rows) and grey "other" balls for the
        /// rest; every bin's balls are then proportional to its total
        /// (`BallApportionment(proportionalTo:)`): the bins figure, whose bins of a
        /// novel hold hundreds of next words and must compare honestly.
        case likeliest(count: Int, vocabulary: Vocabulary)
        /// These words, in this order, and grey "other" balls for the rest: the
        /// temperature figure, which names the words of its bars, chosen by their counts
        /// before tempering, whatever the rest's balls.
        case chosen([String])
    }

    let radius: Double
    /// Per bin, each ball in the order balls are placed (bottom row first).
    let balls: [[DrawnBall]]
    /// How many counts one ball stands for.
    let countsPerBall: Int
    /// Per bin, the ball count of each kind of ball it shows, in the order grouped
    /// balls are placed (see `groups(of:naming:)`).
    let contents: [[(ball: DrawnBall, count: Int)]]
    /// Per bin, the kinds of ball it has counts of but shows no ball of: words (or the
    /// pool of other words) rounded away under the scale, which the figure names so its
    /// bins do not contradict the table.
    let roundedAway: [[DrawnBall]]

    /// - Parameters:
    ///   - bins: the bins in the order drawn; each bin's counts in vocabulary order.
    ///   - shape: the shape every bin is drawn in (all bins of a figure are one size).
    ///   - largestRadius: the radius balls are drawn at when the bins have room; a
    ///     figure of few balls in large bins (the temperature's) draws them larger.
    ///   - smallestRadius: the smallest ball drawn; a figure fitted to a slide passes
    ///     its readable floor, so a symbol on a ball reads, and scales counts sooner.
    init(bins: [Bin], contextLength: Int, shape: BinShape, order: FigureOptions.BallOrder, seed: UInt64,
         naming: Naming = .everyWord, largestRadius: Double = preferredRadius, smallestRadius: Double = minimumRadius) {
        let fullest = bins.map(\.total).max() ?? 0
        let radius = BallFilling.radius(holding: fullest, contextLength: contextLength, shape: shape, from: largestRadius,
                                        smallest: smallestRadius)
        let capacity = max(1, DrawnBin.packing(in: shape, contextLength: contextLength, radius: radius).capacity)
        let groups = bins.map { BallFilling.groups(of: $0, naming: naming) }
        let counts = groups.map { $0.map(\.count) }
        let apportionment = switch naming {
        case .everyWord: BallApportionment(counts: counts, capacity: capacity)
        case .likeliest, .chosen: BallApportionment(proportionalTo: counts, capacity: capacity)
        }
        self.radius = radius
        countsPerBall = apportionment.countsPerBall
        contents = zip(groups, apportionment.balls).map { groups, balls in
            zip(groups, balls).map { (ball: $0.ball, count: $1) }
        }
        roundedAway = zip(groups, apportionment.balls).map { groups, balls in
            zip(groups, balls).filter { $0.count > 0 && $1 == 0 }.map(\.0.ball)
        }
        balls = zip(bins, contents).map { bin, contents in
            let grouped = contents.flatMap { Array(repeating: $0.ball, count: $0.count) }
            switch order {
            case .grouped: return grouped
            case .mixed:
                // The grey "other" balls settle on top of the named ones: mixed among
                // them, a pool of grey would hide the few words a reader looks for.
                let named = grouped.filter { $0 != .other }
                return BallFilling.mixed(named, seed: seed, context: bin.context) + grouped.filter { $0 == .other }
            }
        }
    }

    /// A bin's kinds of ball with their counts: each next word in vocabulary order, or,
    /// for a bin of more words than named, its likeliest ones, likeliest first (as a
    /// table's row names them), then "other" with the rest.
    static func groups(of bin: Bin, naming: Naming) -> [(ball: DrawnBall, count: Int)] {
        let words = bin.counts.map { (ball: DrawnBall.word($0.word), count: $0.count) }
        let named: [BallCount]
        switch naming {
        case .everyWord:
            return words
        case .likeliest(let count, let vocabulary):
            guard bin.counts.count > count else { return words }
            named = bin.likeliest(count, in: vocabulary)
        case .chosen(let chosen):
            named = chosen.map { BallCount(word: $0, count: bin.count(of: $0)) }.filter { $0.count > 0 }
            guard named.count < bin.counts.count else { return words }
        }
        return named.map { (ball: DrawnBall.word($0.word), count: $0.count) }
            + [(ball: .other, count: bin.total - named.map(\.count).reduce(0, +))]
    }

    /// Whether any bin pools words into "other" balls.
    var poolsOtherWords: Bool {
        contents.contains { $0.contains { $0.ball == .other } }
    }

    /// The largest radius from `largest` (the preferred one; or `smallest`, when larger)
    /// down, in quarter points, at which `count` balls fit; `smallest` when none does.
    static func radius(holding count: Int, contextLength: Int, shape: BinShape, from largest: Double = preferredRadius,
                       smallest: Double = minimumRadius) -> Double {
        let smallest = max(smallest, minimumRadius)
        var radius = max(largest, smallest)
        while radius - 0.25 >= smallest,
              DrawnBin.packing(in: shape, contextLength: contextLength, radius: radius).capacity < count {
            radius -= 0.25
        }
        return radius
    }

    /// The balls shuffled as if poured in, by a generator seeded from `seed` and the
    /// bin's context, so a bin looks the same in every figure that shows it.
    static func mixed(_ balls: [DrawnBall], seed: UInt64, context: Context) -> [DrawnBall] {
        var generator = SplitMix64(seed: seed ^ fingerprint(of: context))
        var shuffled = balls
        for index in stride(from: shuffled.count - 1, to: 0, by: -1) {
            let other = Int(generator.draw(below: UInt64(index + 1)))
            shuffled.swapAt(index, other)
        }
        return shuffled
    }

    /// FNV-1a over the context's words: the same number in every process, unlike
    /// `Hashable`'s per-process seeded hash.
    static func fingerprint(of context: Context) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in context.words.joined(separator: "\u{1F}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

import UnpluggedModel

/// The balls each bin of a figure holds, and how big they are drawn.
///
/// Counts are drawn as they are while they fit: balls first shrink from the preferred
/// size towards the smallest that still reads as a ball; only when even those do not
/// fit is every count divided by one scale for the whole figure ("1 ball = 5 counts"),
/// so bins stay comparable with each other.
struct BallFilling {
    /// The radius a ball is drawn at when the bins have room.
    static let preferredRadius = 8.0
    /// The smallest radius before counts are scaled instead.
    static let minimumRadius = 3.5

    let radius: Double
    /// Per bin, the word of each ball in the order balls are placed (bottom row first).
    let balls: [[String]]
    /// How many counts one ball stands for.
    let countsPerBall: Int

    /// - Parameters:
    ///   - bins: the bins in the order drawn; each bin's counts in vocabulary order.
    ///   - shape: the shape every bin is drawn in (all bins of a figure are one size).
    init(bins: [Bin], contextLength: Int, shape: BinShape, order: FigureOptions.BallOrder, seed: UInt64) {
        let fullest = bins.map(\.total).max() ?? 0
        let radius = BallFilling.radius(holding: fullest, contextLength: contextLength, shape: shape)
        let capacity = DrawnBin.packing(in: shape, contextLength: contextLength, radius: radius).capacity
        let apportionment = BallApportionment(counts: bins.map { $0.counts.map(\.count) }, capacity: max(1, capacity))
        self.radius = radius
        countsPerBall = apportionment.countsPerBall
        balls = zip(bins, apportionment.balls).map { bin, ballCounts in
            let grouped = zip(bin.counts, ballCounts).flatMap { count, balls in Array(repeating: count.word, count: balls) }
            switch order {
            case .grouped: return grouped
            case .mixed: return BallFilling.mixed(grouped, seed: seed, context: bin.context)
            }
        }
    }

    /// The largest radius from the preferred one down (in quarter points) at which
    /// `count` balls fit; the minimum when none does.
    static func radius(holding count: Int, contextLength: Int, shape: BinShape) -> Double {
        var radius = preferredRadius
        while radius > minimumRadius,
              DrawnBin.packing(in: shape, contextLength: contextLength, radius: radius).capacity < count {
            radius -= 0.25
        }
        return radius
    }

    /// The balls shuffled as if poured in, by a generator seeded from `seed` and the
    /// bin's context, so a bin looks the same in every figure that shows it.
    static func mixed(_ balls: [String], seed: UInt64, context: Context) -> [String] {
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

/// How many balls to draw in each bin when the counts do not fit.
///
/// A bin holds at most `capacity` balls. When every bin's total fits, balls are the
/// counts themselves. Otherwise one scale is chosen for the whole figure, "1 ball = s
/// counts", the smallest whole s that makes every bin fit, so bins stay comparable.
/// Two ways to round under that scale, for two kinds of figure:
/// - keeping every word (`init(counts:capacity:)`): each word gets its count divided
///   by s, rounded to the nearest ball, and a word with any count keeps at least one
///   ball whenever its bin has room for one ball per word, so a word generation draws
///   always has a ball to point at;
/// - proportional (`init(proportionalTo:capacity:)`): each bin gets its total divided
///   by s, rounded, split among its words by largest remainder, so a bin of many rare
///   words never shows fewer balls than a smaller bin; what the bins figure of a large
///   model needs, whose rare words are pooled anyway.
/// Under either, a bin that holds any count keeps at least one ball: a bin drawn empty
/// looks like one that learnt nothing, and the table says otherwise. (Proportional:
/// every bin's total rounds to at least one ball, so fuller bins still never show
/// fewer; keeping every word: a bin of more words than it has room for, all rounded
/// away, keeps one ball of its likeliest word, the earliest of equals.) A word may
/// still round to no ball; the figure then says which.
public struct BallApportionment: Hashable, Sendable {
    /// Per bin, per word (in the order given), the balls to draw.
    public let balls: [[Int]]
    /// How many counts one ball stands for; 1 when balls are the counts themselves.
    public let countsPerBall: Int

    /// - Parameters:
    ///   - counts: per bin, each word's count (not negative).
    ///   - capacity: the most balls one bin can show (at least 1).
    public init(counts: [[Int]], capacity: Int) {
        precondition(capacity >= 1, "a bin holds at least one ball")
        precondition(counts.allSatisfy { $0.allSatisfy { $0 >= 0 } }, "counts are not negative")
        guard counts.contains(where: { $0.reduce(0, +) > capacity }) else {
            balls = counts
            countsPerBall = 1
            return
        }
        // The number of balls shrinks as the scale grows, so the smallest scale that
        // fits is found by bisection: `low` does not fit, `high` does.
        let largest = counts.lazy.flatMap { $0 }.max() ?? 0
        let scale = Self.smallestScale(below: 2 * largest + 1) { Self.fits(counts, scale: $0, capacity: capacity) }
        balls = counts.map { Self.balls(for: $0, scale: scale, capacity: capacity) }
        countsPerBall = scale
    }

    /// Balls proportional to each bin's total under one scale, split inside a bin by
    /// largest remainder (ties to the earlier word), so every bin's balls are its total
    /// over the scale, rounded half up and at least one for a bin with any count, and
    /// bins with larger totals never show fewer.
    /// - Parameters:
    ///   - counts: per bin, each word's count (not negative).
    ///   - capacity: the most balls one bin can show (at least 1).
    public init(proportionalTo counts: [[Int]], capacity: Int) {
        precondition(capacity >= 1, "a bin holds at least one ball")
        precondition(counts.allSatisfy { $0.allSatisfy { $0 >= 0 } }, "counts are not negative")
        let totals = counts.map { $0.reduce(0, +) }
        let largest = totals.max() ?? 0
        let scale = largest <= capacity ? 1
            : Self.smallestScale(below: 2 * largest + 1) { Self.rounded(largest, over: $0) <= capacity }
        balls = zip(counts, totals).map { bin, total in
            Self.split(bin, into: total > 0 ? max(1, Self.rounded(total, over: scale)) : 0)
        }
        countsPerBall = scale
    }

    /// "1 ball = 5 counts" when balls are not the counts themselves, else nil.
    public var scale: String? {
        countsPerBall == 1 ? nil : "1 ball = \(countsPerBall) counts"
    }

    /// The smallest scale from 2 up to `limit` (which fits) that `fits`; the number of
    /// balls shrinks as the scale grows, so it is found by bisection: `low` does not
    /// fit, `high` does.
    private static func smallestScale(below limit: Int, fits: (Int) -> Bool) -> Int {
        var low = 1
        var high = limit
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if fits(middle) { high = middle } else { low = middle }
        }
        return high
    }

    /// `count` over `scale`, rounded half up.
    private static func rounded(_ count: Int, over scale: Int) -> Int {
        count / scale + (count % scale * 2 >= scale ? 1 : 0)
    }

    /// `ballCount` balls shared among `bin`'s words in proportion to their counts:
    /// each its whole share, then one more to the largest remainders.
    private static func split(_ bin: [Int], into ballCount: Int) -> [Int] {
        let total = bin.reduce(0, +)
        guard total > 0 else { return bin.map { _ in 0 } }
        var shares = bin.map { $0 * ballCount / total }
        let left = ballCount - shares.reduce(0, +)
        let largestRemainders = bin.indices
            .sorted { bin[$0] * ballCount % total != bin[$1] * ballCount % total
                ? bin[$0] * ballCount % total > bin[$1] * ballCount % total : $0 < $1 }
            .prefix(left)
        for index in largestRemainders { shares[index] += 1 }
        return shares
    }

    private static func fits(_ counts: [[Int]], scale: Int, capacity: Int) -> Bool {
        counts.allSatisfy { balls(for: $0, scale: scale, capacity: capacity).reduce(0, +) <= capacity }
    }

    /// Each count divided by `scale`, rounded half up; at least 1 for a non-zero count
    /// when the bin has room for one ball per word that has any; and a bin with any
    /// count, every word rounded away, keeps one ball of its largest (earliest of equals).
    private static func balls(for bin: [Int], scale: Int, capacity: Int) -> [Int] {
        let keepsEveryWord = bin.count { $0 > 0 } <= capacity
        var balls = bin.map { count in
            let rounded = rounded(count, over: scale)
            return count > 0 && keepsEveryWord ? max(1, rounded) : rounded
        }
        if balls.allSatisfy({ $0 == 0 }), let largest = bin.max(), largest > 0, let index = bin.firstIndex(of: largest) {
            balls[index] = 1
        }
        return balls
    }
}

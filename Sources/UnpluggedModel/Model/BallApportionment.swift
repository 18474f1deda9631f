/// How many balls to draw in each bin when the counts do not fit.
///
/// A bin holds at most `capacity` balls. When every bin's total fits, balls are the
/// counts themselves. Otherwise one scale is chosen for the whole figure, "1 ball = s
/// counts", the smallest whole s that makes every bin fit, so bins stay comparable:
/// each word gets its count divided by s, rounded to the nearest ball, and a word with
/// any count keeps at least one ball whenever its bin has room for one ball per word,
/// so no possible next word disappears from the picture.
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
        var low = 1
        var high = 2 * largest + 1
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if Self.fits(counts, scale: middle, capacity: capacity) { high = middle } else { low = middle }
        }
        balls = counts.map { Self.balls(for: $0, scale: high, capacity: capacity) }
        countsPerBall = high
    }

    /// "1 ball = 5 counts" when balls are not the counts themselves, else nil.
    public var scale: String? {
        countsPerBall == 1 ? nil : "1 ball = \(countsPerBall) counts"
    }

    private static func fits(_ counts: [[Int]], scale: Int, capacity: Int) -> Bool {
        counts.allSatisfy { balls(for: $0, scale: scale, capacity: capacity).reduce(0, +) <= capacity }
    }

    /// Each count divided by `scale`, rounded half up; at least 1 for a non-zero count
    /// when the bin has room for one ball per word that has any.
    private static func balls(for bin: [Int], scale: Int, capacity: Int) -> [Int] {
        let keepsEveryWord = bin.count { $0 > 0 } <= capacity
        return bin.map { count in
            let rounded = count / scale + (count % scale * 2 >= scale ? 1 : 0)
            return count > 0 && keepsEveryWord ? max(1, rounded) : rounded
        }
    }
}

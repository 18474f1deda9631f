/// A bin's next-word chances at a temperature: each word weighs count^(1/T), and the
/// weights are shared out as whole percentages and as balls.
///
/// Temperature is how the lesson explains why a model can be made bolder or more
/// careful: at 1 the chances are the balls as counted; towards 0 the likeliest word
/// takes over (at 0 it is the only one, ties to the first in vocabulary order); above
/// 1 the chances flatten, rare words coming up more often than counted. Weights are
/// whole numbers, computed from the exact counts with `PortableMath.pow`, so the
/// percentages and balls are the same on every machine.
public struct TemperedChances: Hashable, Sendable {
    /// The bin's words with balls, in vocabulary order.
    public let words: [String]
    /// Each word's weight, in the same order: proportional to count^(1/T).
    public let weights: [Int]

    /// What the largest weight is scaled to: fine enough that rounding a weight moves
    /// no percentage of a bin that fits in a classroom.
    static let largestWeight = 1 << 40

    /// - Precondition: `temperature` is 0 or more and finite.
    public init(bin: Bin, temperature: Double) {
        precondition(temperature >= 0 && temperature.isFinite, "temperature is 0 or more")
        words = bin.counts.map(\.word)
        let counts = bin.counts.map(\.count)
        guard let largest = counts.max() else {
            weights = []
            return
        }
        if temperature == 1 {
            weights = counts
        } else if temperature == 0 {
            let first = counts.firstIndex(of: largest)!
            weights = counts.indices.map { $0 == first ? 1 : 0 }
        } else {
            // A weight too small for a Double (a rare word near 0) is 0: no chance left.
            weights = counts.map { count in
                Int((PortableMath.pow(Double(count) / Double(largest), 1 / temperature)
                    * Double(TemperedChances.largestWeight)).rounded())
            }
        }
    }

    /// The chances as percentages, rounded as every figure's are (`Percentages`).
    public var percentages: Percentages { Percentages(weights) }

    /// The balls of each word when the bin holds about `capacity` balls, shared by the
    /// same rounding as the percentages (equal chances, equal balls), so each word's
    /// balls are its printed share of the bin within one ball: a word whose chance has
    /// all but vanished has no ball. With 20 balls every word of 5% or more has one.
    public func balls(capacity: Int) -> [Int] {
        Apportionment.evenHanded(weights, places: capacity)
    }

    /// The balls of each word when only the words `named` carry their own look and the
    /// rest are drawn alike (grey balls for "other"): the named words' balls as
    /// `balls(capacity:)` gives them, and the rest's balls together exactly what those
    /// leave of `capacity`, as an "other" bar is exactly what the named bars leave of
    /// 100. A tie among many rare words no longer empties the bin: with the equal-counts
    /// rule alone, 150 words seen once share none of 100 balls.
    public func balls(capacity: Int, naming named: Set<String>) -> [Int] {
        var balls = balls(capacity: capacity)
        let pooled = words.indices.filter { !named.contains(words[$0]) }
        let left = capacity - balls.reduce(0, +)
        guard left > 0, !pooled.isEmpty else { return balls }
        // Drawn alike, the pooled words need no equal shares: plain largest remainder.
        let extra = Apportionment.largestRemainder(pooled.map { weights[$0] }, places: left, keepingEveryWord: false)
        for (index, more) in zip(pooled, extra) { balls[index] += more }
        return balls
    }
}

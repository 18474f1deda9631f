/// What to buy and put in each real bucket to run the lesson's model with ping-pong balls.
///
/// Every bin gets the same number of balls, `capacity`, shared among its next words in
/// proportion to their counts (see `Apportionment`: largest remainder, and no word with
/// a count left without a ball when the bin has room for one of each). The same number in
/// every bucket keeps a class's bins alike and makes the shopping list a multiplication;
/// a bin's probabilities are kept as closely as `capacity` balls allow, which is what
/// drawing by hand needs. (The drawn `bins` figure instead scales every bin by one
/// factor, `BallApportionment`, so that bins stay comparable by count.)
public struct KitList: Hashable, Sendable {
    /// One bucket: its context and the balls of each word that go in.
    public struct Bucket: Hashable, Sendable {
        public let context: Context
        /// The bin's next words, as vocabulary indices in vocabulary order, and each
        /// one's balls: kept per next word, not per word of the vocabulary, so a
        /// novel's kit is as large as its counts.
        public let nextWords: [Int]
        public let nextWordBalls: [Int]
        /// The vocabulary's size, to give `balls` a number per word.
        let vocabularyCount: Int
        /// Whether the balls give the bin's probabilities exactly; false when the
        /// counts do not divide into `capacity` balls and some were rounded.
        public let isExact: Bool

        /// Balls per word of the vocabulary, in its order (0 for a word that never follows).
        public var balls: [Int] {
            var balls = [Int](repeating: 0, count: vocabularyCount)
            for (word, count) in zip(nextWords, nextWordBalls) { balls[word] = count }
            return balls
        }
    }

    /// How many balls go in each bucket.
    public let capacity: Int
    /// One bucket per bin with balls, in the model's table order.
    public let buckets: [Bucket]
    /// The balls of each word to buy for all buckets together, in vocabulary order.
    public let totals: [Int]

    /// - Parameters:
    ///   - model: the trained model; bins without balls get no bucket.
    ///   - capacity: the balls in each bucket (at least 1).
    public init(model: Model, capacity: Int) {
        precondition(capacity >= 1, "a bucket holds at least one ball")
        self.capacity = capacity
        let vocabulary = model.vocabulary
        // Words with no count get no ball, so balls are shared among the next words alone.
        let buckets = model.bins.filter { !$0.isEmpty }.map { bin in
            let counts = bin.counts.map(\.count)
            let balls = Apportionment.largestRemainder(counts, places: capacity)
            let isExact = zip(balls, counts).allSatisfy { $0 * bin.total == capacity * $1 }
            return Bucket(context: bin.context, nextWords: bin.counts.map { vocabulary.index(of: $0.word)! },
                          nextWordBalls: balls, vocabularyCount: vocabulary.count, isExact: isExact)
        }
        self.buckets = buckets
        var totals = [Int](repeating: 0, count: vocabulary.count)
        for bucket in buckets {
            for (word, balls) in zip(bucket.nextWords, bucket.nextWordBalls) { totals[word] += balls }
        }
        self.totals = totals
    }

    /// Every ball to buy.
    public var ballCount: Int { totals.reduce(0, +) }
}

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
        /// Balls per word of the vocabulary, in its order (0 for a word that never follows).
        public let balls: [Int]
        /// Whether the balls give the bin's probabilities exactly; false when the
        /// counts do not divide into `capacity` balls and some were rounded.
        public let isExact: Bool
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
        let buckets = model.bins.filter { !$0.isEmpty }.map { bin in
            let row = bin.row(in: model.vocabulary)
            let balls = Apportionment.largestRemainder(row, places: capacity)
            let isExact = zip(balls, row).allSatisfy { $0 * bin.total == capacity * $1 }
            return Bucket(context: bin.context, balls: balls, isExact: isExact)
        }
        self.buckets = buckets
        totals = (0..<model.vocabulary.count).map { word in buckets.reduce(0) { $0 + $1.balls[word] } }
    }

    /// Every ball to buy.
    public var ballCount: Int { totals.reduce(0, +) }
}

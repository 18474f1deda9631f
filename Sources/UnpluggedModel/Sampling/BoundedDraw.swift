extension RandomNumberGenerator {
    /// A uniformly random whole number in `0..<bound`, the same on every platform.
    ///
    /// Lemire's method: multiply a random 64-bit number by `bound` and keep the high
    /// word, rejecting the few low words that would make some results likelier. The
    /// standard library's `next(upperBound:)` may change its method between versions;
    /// this one will not.
    /// - Precondition: `bound` > 0.
    public mutating func draw(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "there is something to draw from")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// An index drawn with probability weight / total weight.
    /// - Precondition: the weights add up to more than 0 and fit in 64 bits.
    public mutating func draw(weights: [UInt64]) -> Int {
        let total = weights.reduce(0, +)
        var ball = draw(below: total)
        for (index, weight) in weights.enumerated() {
            if ball < weight { return index }
            ball -= weight
        }
        preconditionFailure("a draw below the total falls in some weight")
    }
}

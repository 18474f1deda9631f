/// For every bin, which faces of a die give which next word: generating with a die
/// instead of a bucket of balls.
///
/// A row uses the die's first F faces, shared among the next words in proportion to
/// their counts (`Apportionment`: largest remainder, every possible next word keeping
/// a face when F allows); a roll above F is rolled again, so each word comes up with
/// probability faces / F. F is chosen for each row on its own: the F from 1 to the
/// die's faces whose split has the smallest largest difference from the bin's
/// probabilities; ties go to the larger F, which re-rolls least. So a row whose
/// probabilities the die can give exactly is exact (re-rolling only when the die's
/// faces are not a multiple of what the row needs), and any other row is as close
/// as that die can make it; `largestDifference` says how close.
public struct DiceTable: Hashable, Sendable {
    /// One bin's faces.
    public struct Row: Hashable, Sendable {
        public let context: Context
        /// Faces per word of the vocabulary, in its order; they lie in `0..<usedFaces`,
        /// each word's after the words before it.
        public let faces: [Range<Int>]
        /// F: the faces that give a word; faces from F up are rolled again.
        public let usedFaces: Int
        /// The largest difference, over the row's words, between the chance the die
        /// gives a word and its probability in the bin, as an exact fraction.
        public let largestDifference: Fraction

        /// The faces rolled again (empty when every face gives a word).
        public func rerolls(on die: Die) -> Range<Int> { usedFaces..<die.faces }

        /// Whether the die gives the bin's probabilities exactly.
        public var isExact: Bool { largestDifference.numerator == 0 }
    }

    public let die: Die
    /// One row per bin with balls, in the model's table order.
    public let rows: [Row]

    public init(model: Model, die: Die) {
        self.die = die
        rows = model.bins.filter { !$0.isEmpty }.map { bin in
            DiceTable.row(bin.row(in: model.vocabulary), context: bin.context, die: die)
        }
    }

    /// The closest split of `counts` over the die's faces (see the type's summary).
    static func row(_ counts: [Int], context: Context, die: Die) -> Row {
        let total = counts.reduce(0, +)
        let words = counts.count { $0 > 0 }
        // With faces for every possible word, a split that drops one is never chosen.
        let candidates = words <= die.faces ? words...die.faces : 1...die.faces
        var best: (faces: [Int], used: Int, difference: Fraction)?
        for used in candidates {
            let faces = Apportionment.largestRemainder(counts, places: used)
            // |faces / used − count / total| = |faces × total − count × used| / (used × total)
            let largest = zip(faces, counts).map { abs($0 * total - $1 * used) }.max() ?? 0
            let difference = Fraction(largest, used * total)
            if let chosen = best, difference > chosen.difference { continue }
            best = (faces, used, difference)
        }
        var start = 0
        let ranges = best!.faces.map { count in
            defer { start += count }
            return start..<start + count
        }
        return Row(context: context, faces: ranges, usedFaces: best!.used, largestDifference: best!.difference)
    }
}

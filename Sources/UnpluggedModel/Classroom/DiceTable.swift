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
        /// The bin's next words, as vocabulary indices in vocabulary order, and each
        /// one's faces (empty for a word the die leaves out): kept per next word, not
        /// per word of the vocabulary, so a novel's table is as large as its counts.
        public let nextWords: [Int]
        public let nextWordFaces: [Range<Int>]
        /// The vocabulary's size, to give `faces` a range per word.
        let vocabularyCount: Int
        /// F: the faces that give a word; faces from F up are rolled again.
        public let usedFaces: Int
        /// The largest difference, over the row's words, between the chance the die
        /// gives a word and its probability in the bin, as an exact fraction.
        public let largestDifference: Fraction

        /// The faces rolled again (empty when every face gives a word).
        public func rerolls(on die: Die) -> Range<Int> { usedFaces..<die.faces }

        /// Whether the die gives the bin's probabilities exactly.
        public var isExact: Bool { largestDifference.numerator == 0 }

        /// Faces per word of the vocabulary, in its order; they lie in `0..<usedFaces`,
        /// each word's after the words before it (an empty range for a word with none).
        public var faces: [Range<Int>] {
            var faces: [Range<Int>] = []
            faces.reserveCapacity(vocabularyCount)
            var next = 0, start = 0
            for word in 0..<vocabularyCount {
                if next < nextWords.count, nextWords[next] == word {
                    faces.append(nextWordFaces[next])
                    start = nextWordFaces[next].upperBound
                    next += 1
                } else {
                    faces.append(start..<start)
                }
            }
            return faces
        }
    }

    public let die: Die
    /// One row per bin with balls, in the model's table order.
    public let rows: [Row]

    public init(model: Model, die: Die) {
        self.die = die
        let vocabulary = model.vocabulary
        rows = model.bins.filter { !$0.isEmpty }.map { bin in
            DiceTable.row(bin.counts.map(\.count), of: bin.counts.map { vocabulary.index(of: $0.word)! },
                          vocabularyCount: vocabulary.count, context: bin.context, die: die)
        }
    }

    /// The closest split of a row of the count table, a count per word of the
    /// vocabulary, over the die's faces.
    static func row(_ counts: [Int], context: Context, die: Die) -> Row {
        let words = counts.indices.filter { counts[$0] > 0 }
        return row(words.map { counts[$0] }, of: words, vocabularyCount: counts.count, context: context, die: die)
    }

    /// The closest split of `counts` over the die's faces (see the type's summary).
    /// Words with no count get no face, so the split is made over the bin's next
    /// words alone (`nextWords`, their vocabulary indices).
    static func row(_ counts: [Int], of nextWords: [Int], vocabularyCount: Int, context: Context, die: Die) -> Row {
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
        return Row(context: context, nextWords: nextWords, nextWordFaces: ranges, vocabularyCount: vocabularyCount,
                   usedFaces: best!.used, largestDifference: best!.difference)
    }
}

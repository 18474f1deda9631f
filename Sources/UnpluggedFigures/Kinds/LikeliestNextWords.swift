import UnpluggedModel

extension Bin {
    /// The bin's `count` likeliest next words, most balls first, ties in vocabulary
    /// order: the words a table's row names and a large bin's named balls, so the two
    /// figures of one model agree on which words a context's "other" pools.
    func likeliest(_ count: Int, in vocabulary: Vocabulary) -> [BallCount] {
        Array(counts.filter { $0.count > 0 }
            .sorted { $0.count != $1.count ? $0.count > $1.count
                : (vocabulary.index(of: $0.word) ?? .max) < (vocabulary.index(of: $1.word) ?? .max) }
            .prefix(count))
    }
}

import UnpluggedModel

/// The columns of a table figure: every next word, or for a large vocabulary the
/// likeliest `top` words and one "other" column for the rest, so a novel's table
/// stays readable and every row still adds up to 100%.
struct TableColumns {
    /// The words with a column of their own, in the order shown.
    let words: [String]
    /// Whether an "other" column follows them.
    let hasOther: Bool

    /// - Parameter bins: the rows shown; the likeliest words are those with the most
    ///   balls over these rows.
    init(vocabulary: Vocabulary, bins: [Bin], top: Int) {
        guard vocabulary.count > top else {
            words = vocabulary.words
            hasOther = false
            return
        }
        var totals = [Int](repeating: 0, count: vocabulary.count)
        for bin in bins {
            for ball in bin.counts { totals[vocabulary.index(of: ball.word)!] += ball.count }
        }
        // The most balls first; ties in vocabulary order.
        words = totals.indices
            .sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
            .prefix(top)
            .map { vocabulary.words[$0] }
        hasOther = true
    }

    /// A row's counts, one per column, "other" last when there is one.
    func counts(of bin: Bin) -> [Int] {
        let shown = words.map(bin.count(of:))
        return hasOther ? shown + [bin.total - shown.reduce(0, +)] : shown
    }
}

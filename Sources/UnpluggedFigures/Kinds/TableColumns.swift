import UnpluggedModel

/// The columns of a table figure.
///
/// When every next word fits (`top` of them or fewer: the colour lesson, a small
/// corpus), a column per word under its sticky, the same in every row, so rows compare
/// at a glance. When they do not, a novel's contexts share few next words: columns of
/// the words likeliest overall would leave most rows "100% other". So each row names
/// its own likeliest next words, cell by cell, and a last "other" cell holds the rest:
/// every row shows what follows its context and still adds up to 100%.
struct TableColumns {
    /// The words with a column of their own, in the order shown; empty when each row
    /// names its own words.
    let words: [String]
    /// Whether each row names its own likeliest words, then "other".
    let namesWordsPerRow: Bool
    /// How many cells of each row name a word, when rows name their own.
    let namedCount: Int
    /// Whether a row has more next words than it names, so an "other" cell ends each
    /// row; a word list's letters, each followed by a few, fit without it.
    let hasOther: Bool

    /// One cell of a row.
    struct Cell: Hashable {
        /// The next word the cell counts; nil for "other" and for the blank cells of a
        /// row with fewer next words than the others.
        let word: String?
        let count: Int
    }

    /// - Parameter bins: the rows shown.
    init(vocabulary: Vocabulary, bins: [Bin], top: Int) {
        namesWordsPerRow = vocabulary.count > top
        guard namesWordsPerRow else {
            words = vocabulary.words
            namedCount = 0
            hasOther = false
            return
        }
        words = []
        let most = bins.map { bin in bin.counts.count { $0.count > 0 } }.max() ?? 0
        namedCount = min(top, most)
        hasOther = most > top
    }

    /// The columns of every row, "other" included when there is one.
    var count: Int { namesWordsPerRow ? namedCount + (hasOther ? 1 : 0) : words.count }

    /// A row's cells, one per column: each word's count, or, when rows name their own
    /// words, the likeliest first (ties in vocabulary order), blanks, then "other" (if
    /// the table has it).
    func cells(of bin: Bin, vocabulary: Vocabulary) -> [Cell] {
        guard namesWordsPerRow else { return words.map { Cell(word: $0, count: bin.count(of: $0)) } }
        let likeliest = bin.likeliest(namedCount, in: vocabulary).map { Cell(word: $0.word, count: $0.count) }
        let blanks = [Cell](repeating: Cell(word: nil, count: 0), count: namedCount - likeliest.count)
        guard hasOther else { return likeliest + blanks }
        let other = bin.total - likeliest.map(\.count).reduce(0, +)
        return likeliest + blanks + [Cell(word: nil, count: other)]
    }
}

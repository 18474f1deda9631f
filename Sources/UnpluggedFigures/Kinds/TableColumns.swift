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
        /// Its share of the row, as every figure rounds it (the bin's whole row, so an
        /// "other" cell is exactly what the named cells leave).
        let percent: Percent
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
        let percentages = bin.percentages
        let place = Dictionary(uniqueKeysWithValues: bin.counts.enumerated().map { ($1.word, $0) })
        func cell(_ word: String) -> Cell {
            let index = place[word]
            return Cell(word: word, count: index.map { bin.counts[$0].count } ?? 0,
                        percent: index.map { percentages.percents[$0] } ?? .unseen)
        }
        guard namesWordsPerRow else { return words.map(cell) }
        let likeliest = bin.likeliest(namedCount, in: vocabulary).map { cell($0.word) }
        let blanks = [Cell](repeating: Cell(word: nil, count: 0, percent: .unseen), count: namedCount - likeliest.count)
        guard hasOther else { return likeliest + blanks }
        let named = likeliest.compactMap { $0.word.flatMap { place[$0] } }
        let other = bin.total - likeliest.map(\.count).reduce(0, +)
        return likeliest + blanks + [Cell(word: nil, count: other, percent: percentages.other(besides: named))]
    }
}

import UnpluggedModel

/// Whether the handout's tables (kit list, tally sheet, probability table, dice
/// table) are grids, a column per word, or list each context's own next words.
///
/// A grid lets rows be compared at a glance, and the colour lesson's is full. But a
/// class's sentences have dozens of words, each followed by a few: their grid is cut
/// into several tables side by side, mostly empty cells, dozens of pages. Then each
/// row names its context's next words instead, as the table figure does for prose
/// (`TableColumns.namesWordsPerRow`), and the bin labels and sticky notes are packed
/// closer too, so the handout stays a handful of pages.
struct HandoutGrid: Sendable {
    /// Whether every table is a grid; false when rows list their own next words.
    let isGrid: Bool

    /// A grid unless it would be cut into several tables across the page and fewer
    /// than half its cells would hold a word.
    init(model: Model, on sheet: HandoutSheet) {
        let bins = model.bins.filter { !$0.isEmpty }
        let columns = model.vocabulary.count
        let filled = bins.reduce(0) { $0 + $1.counts.count }
        let isMostlyEmpty = filled * 2 < bins.count * columns
        isGrid = !isMostlyEmpty
            || HandoutTable.fits(columns, besides: bins.lazy.map { .context($0.context) }, on: sheet)
    }
}

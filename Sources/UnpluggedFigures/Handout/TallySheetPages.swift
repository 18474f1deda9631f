import UnpluggedModel

/// A blank grid for training by hand: a row per context, a column per next word, each
/// cell tall enough for tally marks. A large vocabulary's rows list their context's
/// own likeliest `top` next words (and "other"), each with a box for the marks,
/// instead of a column per word (`HandoutGrid`).
enum TallySheetPages {
    static let rowHeight = 30.0

    static func section(_ model: Model, grid: HandoutGrid, top: Int, on sheet: HandoutSheet) -> HandoutSection {
        let words = model.vocabulary.words
        let name = "Tally sheet"
        let explanation = "Training by hand: walk through each document. For every word, find the row of the "
            + "word\(model.contextLength == 1 ? "" : "s") before it and make a mark in the word's "
            + (grid.isGrid ? "column" : "box") + "; the last word of a document is followed by ■. Then count each row's marks."
        guard grid.isGrid else {
            let rows = model.bins.map { bin in
                let likeliest = bin.likeliest(top, in: model.vocabulary)
                var items = likeliest.map { NextWordList.Item(key: .sticky($0.word), word: model.vocabulary.shownName(of: $0.word), value: "", hasBox: true) }
                if bin.counts.count > likeliest.count {
                    items.append(NextWordList.Item(key: .none, word: "other", value: "", hasBox: true))
                }
                return NextWordList.Row(label: .context(bin.context), items: items)
            }
            let list = NextWordList(heading: "next words: a mark in the box for each time", rows: rows, lineHeight: rowHeight)
            return .list(list, name: name, explanation: explanation, on: sheet)
        }
        let rows = model.bins.map { bin in
            HandoutTable.Row(label: .context(bin.context), cells: Array(repeating: "", count: words.count + 1))
        }
        let table = HandoutTable(headings: words.map { .sticky($0) } + [.text("total")], rows: rows, rowHeight: rowHeight)
        return .table(table, name: name, explanation: explanation, on: sheet)
    }
}

import UnpluggedModel

/// A blank grid for training by hand: a row per context, a column per next word, each
/// cell tall enough for tally marks.
enum TallySheetPages {
    static let rowHeight = 30.0

    static func section(_ model: Model, on sheet: HandoutSheet) -> HandoutSection {
        let words = model.vocabulary.words
        let rows = model.bins.map { bin in
            HandoutTable.Row(label: .context(bin.context), cells: Array(repeating: "", count: words.count + 1))
        }
        let table = HandoutTable(headings: words.map { .sticky($0) } + [.text("total")], rows: rows, rowHeight: rowHeight)
        let explanation = "Training by hand: walk through each document. For every word, find the row of the "
            + "word\(model.contextLength == 1 ? "" : "s") before it and make a mark in the word's column; "
            + "the last word of a document is followed by ■. Then count each row's marks."
        return .table(table, name: "Tally sheet", explanation: explanation, on: sheet)
    }
}

import UnpluggedModel

/// The trained model as the lesson's table: a row per context, the chance of each
/// next word in whole percent, every row adding up to exactly 100.
enum ProbabilityTablePages {
    static func section(_ model: Model, on sheet: HandoutSheet) -> HandoutSection {
        let vocabulary = model.vocabulary
        let rows = model.bins.filter { !$0.isEmpty }.map { bin in
            HandoutTable.Row(label: .context(bin.context),
                             cells: Percentages.whole(bin.row(in: vocabulary)).map { $0 == 0 ? "" : "\($0)%" })
        }
        let table = HandoutTable(headings: vocabulary.words.map { .sticky($0) }, rows: rows)
        let explanation = "The model as a table: after the context on the left, each next word comes up this often. "
            + "Every row adds up to 100%. An empty cell is a word that never came next."
        return .table(table, name: "Probability table", explanation: explanation, on: sheet)
    }
}

import UnpluggedModel

/// The trained model as the lesson's table: a row per context, the chance of each
/// next word in percent, rounded as every figure rounds it (`Percentages`).
enum ProbabilityTablePages {
    static func section(_ model: Model, on sheet: HandoutSheet) -> HandoutSection {
        let vocabulary = model.vocabulary
        let bins = model.bins.filter { !$0.isEmpty }
        let rows = bins.map { bin in
            let percentages = Percentages(bin.row(in: vocabulary))
            return HandoutTable.Row(label: .context(bin.context),
                                    cells: percentages.percents.map { $0.isSeen ? $0.text : "" })
        }
        let table = HandoutTable(headings: vocabulary.words.map { .sticky($0) }, rows: rows)
        let sums = Percentages.note(sums: bins.map(\.percentages.sum))
        let explanation = "The model as a table: after the context on the left, each next word comes up this often. "
            + (sums.map { "Every row adds up to 100%, except: \($0.prefix(1).lowercased() + $0.dropFirst())" }
                ?? "Every row adds up to 100%.")
            + " An empty cell is a word that never came next."
        return .table(table, name: "Probability table", explanation: explanation, on: sheet)
    }
}

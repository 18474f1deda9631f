import UnpluggedModel

/// The trained model as the lesson's table: a row per context, the chance of each
/// next word in percent, rounded as every figure rounds it (`Percentages`). A large
/// vocabulary's rows list their own likeliest `top` next words and "other" instead
/// of a column per word (`HandoutGrid`).
enum ProbabilityTablePages {
    static func section(_ model: Model, grid: HandoutGrid, top: Int, on sheet: HandoutSheet) -> HandoutSection {
        let vocabulary = model.vocabulary
        let bins = model.bins.filter { !$0.isEmpty }
        let sums = Percentages.note(sums: bins.map(\.percentages.sum))
        let name = "Probability table"
        let sumsSentence = sums.map { "Every row adds up to 100%, except: \($0.prefix(1).lowercased() + $0.dropFirst())" }
            ?? "Every row adds up to 100%."
        guard grid.isGrid else {
            let list = NextWordList(heading: "next words, likeliest first", rows: bins.map { listed($0, top: top, in: vocabulary) })
            let explanation = "The model as a table: after the context on the left, each next word comes up this often, "
                + "the likeliest first\(bins.contains { $0.counts.count > top } ? "; \u{201C}other\u{201D} is every other next word" : ""). "
                + sumsSentence
            return .list(list, name: name, explanation: explanation, on: sheet)
        }
        let rows = bins.map { bin in
            let percentages = Percentages(bin.row(in: vocabulary))
            return HandoutTable.Row(label: .context(bin.context),
                                    cells: percentages.percents.map { $0.isSeen ? $0.text : "" })
        }
        let table = HandoutTable(headings: vocabulary.words.map { .sticky($0) }, rows: rows)
        let explanation = "The model as a table: after the context on the left, each next word comes up this often. "
            + sumsSentence + " An empty cell is a word that never came next."
        return .table(table, name: name, explanation: explanation, on: sheet)
    }

    /// A bin's likeliest `top` next words with their percentages, then "other" for
    /// what the rest leave of 100.
    static func listed(_ bin: Bin, top: Int, in vocabulary: Vocabulary) -> NextWordList.Row {
        let percentages = bin.percentages
        let place = Dictionary(uniqueKeysWithValues: bin.counts.enumerated().map { ($1.word, $0) })
        let likeliest = bin.likeliest(top, in: vocabulary)
        var items = likeliest.map { ball in
            NextWordList.Item(key: .sticky(ball.word), word: vocabulary.shownName(of: ball.word), value: percentages.percents[place[ball.word]!].text)
        }
        if bin.counts.count > likeliest.count {
            let other = percentages.other(besides: likeliest.map { place[$0.word]! })
            items.append(NextWordList.Item(key: .none, word: "other", value: other.text))
        }
        return NextWordList.Row(label: .context(bin.context), items: items)
    }
}

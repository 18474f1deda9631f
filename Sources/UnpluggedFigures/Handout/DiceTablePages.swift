import UnpluggedModel

/// Generating without balls: for every context, the faces of a die that give each
/// next word, the faces to roll again, and how far the die is from the model. A large
/// vocabulary's rows list only the words their faces give (`HandoutGrid`).
enum DiceTablePages {
    static func section(_ table: DiceTable, grid: HandoutGrid, on sheet: HandoutSheet) -> HandoutSection {
        let die = table.die
        let vocabulary = sheet.vocabulary
        let name = "Dice table (\(die.rawValue))"
        guard grid.isGrid else {
            let rows = table.rows.map { row in
                let rerolls = row.rerolls(on: die)
                let words = zip(row.nextWords, row.nextWordFaces).filter { !$0.1.isEmpty }.map { word, range in
                    NextWordList.Item(key: .sticky(vocabulary.words[word]), word: vocabulary.shownName(of: vocabulary.words[word]), value: faces(of: range, on: die))
                }
                let notes = (rerolls.isEmpty ? [] : [NextWordList.Item(key: .none, word: "roll again", value: faces(of: rerolls, on: die))])
                    + [NextWordList.Item(key: .none, word: "off by", value: closeness(row))]
                return NextWordList.Row(label: .context(row.context), items: words + notes)
            }
            let explanation = "\(die.reading) Find the row of the context; the word whose faces hold the roll is "
                + "the next word. Roll again on a face under \u{201C}roll again\u{201D}. \u{201C}Off by\u{201D} is the largest "
                + "difference between the die's chance of a word and the model's, in percentage points."
            return .list(NextWordList(heading: "the faces of each next word", rows: rows), name: name, explanation: explanation, on: sheet)
        }
        let rows = table.rows.map { row in
            let rerolls = row.rerolls(on: die)
            return HandoutTable.Row(label: .context(row.context),
                                    cells: row.faces.map { faces(of: $0, on: die) }
                                        + [rerolls.isEmpty ? "" : faces(of: rerolls, on: die), closeness(row)])
        }
        let printed = HandoutTable(headings: vocabulary.words.map { .sticky($0) } + [.text("roll again"), .text("off by")],
                                   rows: rows)
        let explanation = "\(die.reading) Find the row of the context; the column whose faces hold the roll is "
            + "the next word. Roll again on a face under \u{201C}roll again\u{201D}. \u{201C}Off by\u{201D} is the largest "
            + "difference between the die's chance of a word and the model's, in percentage points."
        return .table(printed, name: name, explanation: explanation, on: sheet)
    }

    /// "4", "2–5", or "" for none.
    static func faces(of range: Range<Int>, on die: Die) -> String {
        switch range.count {
        case 0: ""
        case 1: die.label(ofFace: range.lowerBound)
        default: "\(die.label(ofFace: range.lowerBound))–\(die.label(ofFace: range.upperBound - 1))"
        }
    }

    /// "exact", or the largest difference in percentage points to one decimal: "3.3 pts".
    static func closeness(_ row: DiceTable.Row) -> String {
        guard !row.isExact else { return "exact" }
        let tenths = Int((row.largestDifference.percentagePoints * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) pts"
    }
}

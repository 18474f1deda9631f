import UnpluggedModel

/// Generating without balls: for every context, the faces of a die that give each
/// next word, the faces to roll again, and how far the die is from the model.
enum DiceTablePages {
    static func section(_ table: DiceTable, vocabulary: Vocabulary, on sheet: HandoutSheet) -> HandoutSection {
        let die = table.die
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
        return .table(printed, name: "Dice table (\(die.rawValue))", explanation: explanation, on: sheet)
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

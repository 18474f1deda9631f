import UnpluggedModel

/// The `handout` figure: printable pages for running the lesson in a classroom, all
/// made from one model, so the labels, the kit, the tables and the dice agree.
///
/// Sections, each from a new page: bin labels, kit list, sticky notes, tally sheet,
/// probability table, dice table. Every page is the paper's size, keeps a margin home
/// printers can print, and carries the handout's title and its page number.
public enum Handout {
    /// The handout's pages, laid out: counted at once, each drawn when asked for.
    /// - Parameters:
    ///   - model: the model, its bins those the handout is for (`HandoutRequest` keeps
    ///     the contexts a teacher chose).
    ///   - title: what the handout is about (the input's title or file name).
    ///   - capacity: the balls in each bucket, for the kit list.
    ///   - die: the die of the dice table.
    ///   - top: the likeliest next words a listed row of the probability table and
    ///     the tally sheet names, before "other" (`HandoutGrid`).
    public static func pages(for model: Model, title: String, paper: Paper, capacity: Int, die: Die, top: Int = 12,
                             measurer: some TextMeasuring) -> HandoutPages {
        let sheet = HandoutSheet(paper: paper, vocabulary: model.vocabulary, measurer: measurer)
        let grid = HandoutGrid(model: model, on: sheet)
        let sections = [
            BinLabelPages.section(model, grid: grid, on: sheet),
            KitListPages.section(KitList(model: model, capacity: capacity), grid: grid, on: sheet),
            StickySheetPages.section(model, grid: grid, on: sheet),
            TallySheetPages.section(model, grid: grid, top: top, on: sheet),
            ProbabilityTablePages.section(model, grid: grid, top: top, on: sheet),
            DiceTablePages.section(DiceTable(model: model, die: die), grid: grid, on: sheet),
        ]
        return HandoutPages(sections: sections, sheet: sheet, title: title)
    }

    /// The running title and section at the top of a page, its number at the bottom.
    static func frame(title: String, section: String, number: Int, of count: Int, on sheet: HandoutSheet) -> [Node] {
        let printable = sheet.printable
        let font = Font(size: 9)
        let sectionWidth = sheet.measurer.measure(section, font: font).width
        let titleText = sheet.fitting(title, font: Font(size: 9, weight: .bold), width: printable.width - sectionWidth - 20)
        var rule = Path()
        rule.move(to: Point(x: printable.minX, y: printable.minY + 16))
        rule.line(to: Point(x: printable.maxX, y: printable.minY + 16))
        let pageNumber = "page \(number) of \(count)"
        return [.group(Group("page frame", children: [
            .text(sheet.text(titleText, font: Font(size: 9, weight: .bold), at: printable.origin)),
            .text(sheet.text(section, font: font, at: Point(x: printable.maxX - sectionWidth, y: printable.minY))),
            .path(rule, style: Style(stroke: Stroke(sheet.theme.previous, width: 0.5, cap: .butt))),
            .text(sheet.text(pageNumber, font: font, centredOn: Point(x: printable.center.x, y: printable.maxY - 6))),
        ]))]
    }
}

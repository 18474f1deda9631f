/// One part of the handout (bin labels, kit list, ...): its pages' blocks, before
/// the running title and page numbers are added. Every section starts on a new page,
/// so a teacher can print only the pages they need.
struct HandoutSection: Sendable {
    /// The section's name, in the page header and the pages' titles.
    var name: String
    /// Alt text of the section's pages: what they are for.
    var description: String
    /// Each page's blocks, placed; their nodes are made when the page is drawn.
    var pages: [[PlacedBlock]]

    /// A section that is one table: heading and explanation, then the table's rows,
    /// flowing onto as many pages as they need, headings repeated on each.
    static func table(_ table: HandoutTable, name: String, explanation: String, on sheet: HandoutSheet) -> HandoutSection {
        var flow = PageFlow(area: sheet.body)
        flow.place(sheet.heading(name, explanation: explanation))
        for part in table.parts(on: sheet) {
            flow.continuedHeader = nil
            flow.place(part.header, gap: HandoutSheet.gap)
            flow.continuedHeader = part.header
            for row in part.rows { flow.place(row) }
        }
        return HandoutSection(name: name, description: explanation, pages: flow.pages)
    }
}

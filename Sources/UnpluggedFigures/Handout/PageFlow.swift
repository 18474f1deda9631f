/// A piece of a handout page laid out from its own top-left corner (0, 0): a heading,
/// a paragraph, a row of labels, a row of a table. The page flow decides where it goes.
struct Block {
    var height: Double
    var nodes: [Node]
}

/// Places blocks down the printable area of a page, one under the other, and starts
/// a new page when the next block does not fit: long content flows onto more pages
/// instead of shrinking or running off the paper.
struct PageFlow {
    /// Where blocks go on every page: inside the margins, between header and footer.
    let area: Rect
    /// Placed at the top of every page after the first (a table's column headings),
    /// so a table continued on a new page can still be read.
    var continuedHeader: Block?
    /// The nodes of every page so far.
    private(set) var pages: [[Node]] = [[]]
    private var y: Double

    init(area: Rect) {
        self.area = area
        y = area.minY
    }

    /// Puts `block` under the previous one, `gap` below it, or at the top of a new
    /// page when it would cross the bottom of the area. A block taller than a whole
    /// page is placed at the top of its own page.
    mutating func place(_ block: Block, gap: Double = 0) {
        let isPageEmpty = y == area.minY
        if !isPageEmpty, y + gap + block.height > area.maxY {
            newPage()
            if let continuedHeader { put(continuedHeader, gap: 0) }
            put(block, gap: 0)
        } else {
            put(block, gap: isPageEmpty ? 0 : gap)
        }
    }

    /// Ends the current page, unless nothing is on it yet.
    mutating func newPage() {
        guard y != area.minY else { return }
        pages.append([])
        y = area.minY
    }

    private mutating func put(_ block: Block, gap: Double) {
        let top = y + gap
        pages[pages.count - 1] += block.nodes.map { $0.offset(by: Point(x: area.minX, y: top)) }
        y = top + block.height
    }
}

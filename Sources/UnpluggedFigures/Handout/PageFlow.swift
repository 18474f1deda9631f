/// A piece of a handout page laid out from its own top-left corner (0, 0): a heading,
/// a paragraph, a row of labels, a row of a table. The page flow decides where it goes.
///
/// Its height is known at once, its nodes only made when its page is drawn: a handout
/// is paged (and its pages counted, to refuse a large one) from heights alone, and a
/// long handout keeps only the page being drawn in memory.
struct Block: Sendable {
    var height: Double
    /// Makes the block's nodes.
    let nodes: @Sendable () -> [Node]

    init(height: Double, nodes: @autoclosure @escaping @Sendable () -> [Node]) {
        self.height = height
        self.nodes = nodes
    }
}

/// A block where the page flow put it.
struct PlacedBlock: Sendable {
    let block: Block
    let origin: Point

    /// The block's nodes moved to their place on the page.
    var nodes: [Node] { block.nodes().map { $0.offset(by: origin) } }
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
    /// The blocks of every page so far, where they go.
    private(set) var pages: [[PlacedBlock]] = [[]]
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
        pages[pages.count - 1].append(PlacedBlock(block: block, origin: Point(x: area.minX, y: top)))
        y = top + block.height
    }
}
